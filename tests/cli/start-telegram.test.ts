import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeTelegram } from '../support/fake-telegram.ts';
import { TEST_CACHE_DIR } from '../support/harbour.ts';
import { testDatabaseUrl } from '../support/database.ts';

const HARBOUR = fileURLToPath(new URL('../../bin/harbour.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'harbour-start-tg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('harbour start with a Telegram token', () => {
  it('runs the bot (polling), answers, and shuts down cleanly on SIGTERM', async () => {
    const tg = await startFakeTelegram();
    try {
      const child = spawn(process.execPath, [HARBOUR, 'start'], {
        env: { ...process.env, TELEGRAM_BOT_TOKEN: '123:TEST', TELEGRAM_API_ROOT: tg.apiRoot, DATABASE_URL: await testDatabaseUrl(join(dir, 'start.sqlite')), HARBOUR_CACHE_DIR: TEST_CACHE_DIR, HARBOUR_OPS_PORT: '0', LOG_LEVEL: 'silent' },
        stdio: 'ignore',
      });
      const until = Date.now() + 20_000;
      while (!tg.calls.some((c) => c.method === 'getUpdates') && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      expect(tg.calls.map((c) => c.method)).toEqual(expect.arrayContaining(['getMe', 'setMyCommands', 'deleteWebhook', 'getUpdates']));
      tg.push({ message: { message_id: 1, date: 1, chat: { id: 7, type: 'private' }, from: { id: 7, is_bot: false, first_name: 'A' }, text: '/start', entities: [{ type: 'bot_command', offset: 0, length: 6 }] } });
      await tg.waitForSent(1, 15_000);
      expect(tg.sent[0]?.text).toMatch(/Harbour/);
      child.kill('SIGTERM');
      expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(0);
    } finally {
      await tg.close();
    }
  }, 40_000);
});
