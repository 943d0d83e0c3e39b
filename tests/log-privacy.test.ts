import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createHarbour } from '../src/app/harbour.ts';
import { createLogger, hashedId } from '../src/log.ts';
import { TEST_CACHE_DIR } from './support/harbour.ts';
import { testDatabaseUrl } from './support/database.ts';

describe('logs', () => {
  it('never contain message text or raw member ids, through a whole conversation', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(chunk.toString()), done()) });
    const log = createLogger('trace', sink);
    const harbour = await createHarbour({ databaseUrl: await testDatabaseUrl(), cacheDir: TEST_CACHE_DIR, log, onError: (err) => log.error({ err }, 'reply failed') });
    const user = 'tg:55501234';
    const messages = [
      'hello there zebracorn',
      'my husband drinks too much zebracorn what do i do',
      'i relapsed last night zebracorn',
      'i want to stop drinking zebracorn',
      'i took all my pills zebracorn',
      'is NA free zebracorn?',
      'mydata',
      'forget',
    ];
    for (const text of messages) await harbour.core.handle({ channel: 'telegram', user, chat: '55501234', text });
    await harbour.core.handle({ channel: 'telegram', user, chat: '55501234', action: 'forget:yes' });
    await harbour.close();
    const all = lines.join('');
    expect(lines.length).toBeGreaterThanOrEqual(messages.length);
    expect(all).toContain('message handled');
    expect(all).toContain(hashedId(user));
    expect(all).not.toContain('zebracorn');
    expect(all).not.toContain('55501234');
    for (const text of messages) expect(all).not.toContain(text);
  });
});

describe('logged errors', () => {
  it('keep the kind and message of a platform error, never the request it carried', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(chunk.toString()), done()) });
    const log = createLogger('trace', sink);
    const { GrammyError } = await import('grammy');
    const error = new GrammyError("Call to 'sendMessage' failed!", { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' }, 'sendMessage', {
      chat_id: 55501234,
      text: 'I relapsed last night zebracorn',
    });
    log.error({ err: error }, 'telegram update failed');
    const all = lines.join('');
    expect(all).toContain('GrammyError');
    expect(all).toContain('403');
    expect(all).not.toContain('zebracorn');
    expect(all).not.toContain('55501234');
  });
});
