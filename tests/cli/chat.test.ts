import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_CACHE_DIR } from '../support/harbour.ts';

const HARBOUR = fileURLToPath(new URL('../../bin/harbour.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'harbour-chat-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input: string, env: Record<string, string> = {}): Promise<{ stdout: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [HARBOUR, ...args], { cwd: dir, env: { ...process.env, HARBOUR_CACHE_DIR: TEST_CACHE_DIR, ...env } });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, code }));
    child.stdin.end(input);
  });
}

describe('harbour chat (interactive)', () => {
  it('shows buttons as numbered choices and picks one by its number', async () => {
    const { stdout, code } = await run(['chat', '--db', join(dir, 'chat.sqlite')], 'wat is NA\n3\nquit\n');
    expect(code).toBe(0);
    expect(stdout).toMatch(/1\) Recovery groups/);
    expect(stdout).toMatch(/Narcotics Anonymous \(NA\)/);
    expect(stdout).toMatch(/3\) Is it free\?/);
    expect(stdout).toMatch(/Is it free\? \(Narcotics Anonymous\)/);
  });
});

describe('npm start with no platform tokens', () => {
  it('opens the console chat on ./data/harbour.sqlite, created on first run, and says how to connect', async () => {
    const env = { TELEGRAM_BOT_TOKEN: '', SLACK_BOT_TOKEN: '', DATABASE_URL: '' };
    const { stdout, code } = await run(['start'], 'hello\nquit\n', env);
    expect(code).toBe(0);
    expect(stdout).toMatch(/To connect Telegram set TELEGRAM_BOT_TOKEN/);
    expect(stdout).toMatch(/Harbour/);
    expect(existsSync(join(dir, 'data', 'harbour.sqlite'))).toBe(true);
  });
});
