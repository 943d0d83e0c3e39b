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
const dir = mkdtempSync(join(tmpdir(), 'harbour-tick-'));
const db = await testDatabaseUrl(join(dir, 'tick.sqlite'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function harbour(args: string[], input = ''): Promise<{ lines: string[]; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [HARBOUR, ...args, '--db', db], { env: { ...process.env, HARBOUR_CACHE_DIR: TEST_CACHE_DIR, LOG_LEVEL: 'silent' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ lines: stdout.split('\n').filter(Boolean), code, stderr }));
    child.stdin.end(input);
  });
}

describe('harbour tick', () => {
  it('sends a meeting reminder to a console member once, at its time, as a JSON line', async () => {
    const clock = ['--now', '2026-11-25T12:00:00Z', '--user', 'kim'];
    const found = await harbour(['chat', '--json', ...clock], 'meetings near M1 tomorrow evening\n');
    const replies = (JSON.parse(found.lines[0] ?? '{}') as { replies: Reply[] }).replies;
    const id = replies.flatMap((r) => r.buttons ?? []).flat().find((b) => b.action.startsWith('meeting:'))?.action.slice(8);
    expect(id).toMatch(/^\d+$/);
    const set = await harbour(['chat', '--json', ...clock], `${JSON.stringify({ action: `remind:${id}` })}\n`);
    const when = /remind you at (\d{1,2})(?::(\d\d))?pm on Thursday/.exec(set.lines[0] ?? '');
    expect(when).not.toBeNull();
    const due = new Date(Date.UTC(2026, 10, 26, Number(when?.[1]) + 12, Number(when?.[2] ?? 0)));

    const early = await harbour(['tick', '--now', new Date(due.getTime() - 60_000).toISOString()]);
    expect(early.lines).toEqual([]);
    const onTime = await harbour(['tick', '--now', due.toISOString()]);
    expect(onTime.code).toBe(0);
    expect(onTime.lines).toHaveLength(1);
    const sent = JSON.parse(onTime.lines[0] ?? '{}') as { to: string; replies: Reply[] };
    expect(sent.to).toBe('console:kim');
    expect(sent.replies[0]?.text).toMatch(/starts in an hour/);
    const again = await harbour(['tick', '--now', new Date(due.getTime() + 60_000).toISOString()]);
    expect(again.lines).toEqual([]);
  });
  it('sends each daily check-in once, at the member\'s local time, worded for the day', async () => {
    const clock = ['--now', '2026-11-25T09:00:00Z', '--user', 'sam'];
    await harbour(['chat', '--json', ...clock], `${JSON.stringify({ action: 'checkin:at:0480' })}\nsober since 18 november\n`);
    expect((await harbour(['tick', '--now', '2026-11-26T07:59:00Z'])).lines).toEqual([]);
    const due = await harbour(['tick', '--now', '2026-11-26T08:00:00Z']);
    const sent = due.lines.map((l) => JSON.parse(l) as { to: string; replies: Reply[] }).filter((l) => l.to === 'console:sam');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.replies[0]?.text).toMatch(/Your daily check-in/);
    expect(sent[0]?.replies[0]?.text).toMatch(/Day 8 since your sober date/);
    expect(sent[0]?.replies[0]?.buttons?.flat().map((b) => b.action)).toContain('mood:struggling:2026-11-26');
    const again = await harbour(['tick', '--now', '2026-11-26T08:00:30Z']);
    expect(again.lines.filter((l) => l.includes('console:sam'))).toEqual([]);
  });
  it('refuses a clock it cannot read', async () => {
    const bad = await harbour(['tick', '--now', 'teatime']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/not an ISO-8601/);
  });
});
