import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { postSigned, startFakeSlack } from '../support/fake-slack.ts';
import { TEST_CACHE_DIR } from '../support/harbour.ts';
import { testDatabaseUrl } from '../support/database.ts';
import { freePort } from '../support/free-port.ts';

const HARBOUR = fileURLToPath(new URL('../../bin/harbour.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'harbour-start-slack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('harbour start with Slack tokens (HTTP mode)', () => {
  it('serves signed events on PORT, answers a direct message, and shuts down cleanly', async () => {
    const slack = await startFakeSlack({ perChannelMs: 0 });
    const port = await freePort();
    try {
      const child = spawn(process.execPath, [HARBOUR, 'start'], {
        env: { ...process.env, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'sec', SLACK_API_URL: slack.apiUrl, PORT: String(port), DATABASE_URL: await testDatabaseUrl(join(dir, 's.sqlite')), HARBOUR_CACHE_DIR: TEST_CACHE_DIR, HARBOUR_OPS_PORT: '0', LOG_LEVEL: 'silent' },
        stdio: 'ignore',
      });
      const body = JSON.stringify({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: 'Ev1', event_time: 1, event: { type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: 'help', ts: '1.1' } });
      const until = Date.now() + 20_000;
      let status = 0;
      while (status !== 200 && Date.now() < until) {
        status = await postSigned(`http://127.0.0.1:${port}/slack/events`, body, { secret: 'sec' })
          .then((r) => r.status)
          .catch(() => 0);
        if (status !== 200) await new Promise((r) => setTimeout(r, 200));
      }
      await slack.waitFor(() => slack.posted.length > 0, 15_000);
      expect(JSON.stringify(slack.posted[0]?.body['blocks'])).toMatch(/Commands/);
      child.kill('SIGTERM');
      expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(0);
    } finally {
      await slack.close();
    }
  }, 40_000);
});

describe('the Slack app manifest', () => {
  it('declares the command, events and scopes the adapter uses', () => {
    const manifest = parse(readFileSync(new URL('../../slack/manifest.yaml', import.meta.url), 'utf8')) as {
      features: { slash_commands: { command: string }[]; app_home: { home_tab_enabled: boolean } };
      oauth_config: { scopes: { bot: string[] } };
      settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean } };
    };
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/harbour']);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(['message.im', 'app_mention', 'app_home_opened']));
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['chat:write', 'commands', 'files:write', 'im:history', 'users:read', 'app_mentions:read']));
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });
});
