import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/inbound.ts';
import { TEST_CACHE_DIR } from '../support/harbour.ts';
import { testDatabaseUrl } from '../support/database.ts';

const HARBOUR = fileURLToPath(new URL('../../bin/harbour.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'harbour-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const db = await testDatabaseUrl(join(dir, 'chat.sqlite'));

/** Runs `harbour chat --json` over the given stdin lines; returns each stdout line parsed. */
function chat(lines: string[], args: string[] = []): Promise<{ out: { replies: Reply[] }[]; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [HARBOUR, 'chat', '--json', '--db', db, ...args], {
      env: { ...process.env, HARBOUR_CACHE_DIR: TEST_CACHE_DIR, LOG_LEVEL: 'silent' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ out: stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { replies: Reply[] }), code, stderr }));
    child.stdin.end(lines.map((l) => `${l}\n`).join(''));
  });
}

describe('harbour chat --json', () => {
  it('answers one line per input, in order, plain text and JSON alike', async () => {
    const { out, code } = await chat(['wat is NA', JSON.stringify({ text: 'is it free?' }), JSON.stringify({ action: 'intent:groups' })]);
    expect(code).toBe(0);
    expect(out).toHaveLength(3);
    expect(out[0]?.replies[0]?.text).toMatch(/Narcotics Anonymous/);
    expect(out[1]?.replies[0]?.text).toMatch(/free|contribut/i);
    expect(out[2]?.replies[0]?.text).toMatch(/Alcoholics Anonymous/);
  });

  it('answers an invalid JSON line with a clear error and carries on', async () => {
    const { out, code } = await chat(['{"text": "hi"', '{"text": "help"}', '[1,2]', '"just a string"']);
    expect(code).toBe(0);
    expect(out).toHaveLength(4);
    expect(out[0]?.replies[0]?.text).toMatch(/isn't valid JSON/);
    expect(out[1]?.replies[0]?.text).toMatch(/groups/i);
    expect(out[2]?.replies[0]?.text).toMatch(/must be an object/);
    expect(out[3]?.replies[0]?.text.length).toBeGreaterThan(0);
  });

  it('copes with empty lines, emoji only and a 100 KB message', async () => {
    const huge = 'is it free '.repeat(10_000);
    const { out } = await chat(['', '😀🎉🙃', huge]);
    expect(out).toHaveLength(3);
    expect(out[0]?.replies[0]?.text).toMatch(/didn't catch anything/);
    expect(out[1]?.replies[0]?.text).toMatch(/emoji/);
    expect(out[2]?.replies.map((r) => r.text).join(' ')).toMatch(/long message/);
    for (const line of out) expect(line.replies.every((r) => r.text.trim().length > 0)).toBe(true);
  });

  it('keeps conversation state in the database between runs', async () => {
    await chat(['tell me about a group'], ['--user', 'sam']);
    const { out } = await chat(['smart'], ['--user', 'sam']);
    expect(out[0]?.replies[0]?.text).toMatch(/SMART Recovery/);
  });

  it('uses --user, --tz and --now, and rejects a bad zone', async () => {
    const { out } = await chat([JSON.stringify({ text: 'meetings tomorrow' })], ['--user', 'kim', '--tz', 'Europe/London', '--now', '2026-11-28T20:00:00Z']);
    expect(out[0]?.replies[0]?.text).toMatch(/tomorrow/);
    const bad = await chat(['hi'], ['--tz', 'Mars/Olympus']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/not a time zone/);
  });
});
