import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/core/handle.ts';
import { NO_ENTITIES } from '../../src/core/dialog/intents.ts';
import type { Inbound } from '../../src/core/inbound.ts';
import { createHarbour, type Harbour } from '../../src/app/harbour.ts';
import { TEST_CACHE_DIR } from '../support/harbour.ts';
import { testDatabaseUrl } from '../support/database.ts';

let harbour: Harbour;
let core: Core;
beforeAll(async () => {
  // No rate limit here: the property is about every input getting a real answer.
  harbour = await createHarbour({ databaseUrl: await testDatabaseUrl(), cacheDir: TEST_CACHE_DIR, rateLimit: { burst: 1e9, perMinute: 1e9 } });
  core = harbour.core;
});
afterAll(() => harbour.close());

const controlChars = fc.string({ unit: fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)) });
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  controlChars,
  fc.constantFrom('', ' ', '\n', '/', '/start@', '🙃', '{"text":', 'null', 'NaN', '?!?!', 'aa na ca ga ma', 'after 99pm on blursday in ZZ99 9ZZ'),
  fc.nat({ max: 100 }).map((n) => 'is it free '.repeat(n * 100)), // up to ~110 KB
);
const action = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom('intent:', 'intent:none', 'about:', 'about:AA', 'compare:AA:AA', 'aspect:cost:ZZ', 'forget:yes', 'forget:no', 'safe', 'meetings:PRO', 'intent:forget', 'intent:mydata'),
);
const inbound = fc.record(
  {
    user: fc.oneof(fc.constantFrom('console:a', 'console:b', 'tg:1'), fc.string({ maxLength: 40 })),
    text: fc.option(text, { nil: undefined }),
    action: fc.option(action, { nil: undefined }),
    location: fc.option(fc.record({ lat: fc.double(), lon: fc.double() }), { nil: undefined }),
    timezone: fc.option(fc.oneof(fc.constantFrom('Europe/London', 'America/New_York'), fc.string({ maxLength: 20 })), { nil: undefined }),
  },
  { requiredKeys: ['user'] },
);

describe('the core under random input', () => {
  it('never throws and always answers with non-empty replies (10,000 messages)', async () => {
    await fc.assert(
      fc.asyncProperty(inbound, async (fields) => {
        const message: Inbound = { channel: 'console', chat: 'x', ...fields } as Inbound;
        const replies = await core.handle(message);
        expect(replies.length).toBeGreaterThan(0);
        for (const r of replies) expect(r.text.trim().length).toBeGreaterThan(0);
      }),
      { numRuns: 10_000 },
    );
  }, 240_000);

  it('answers even when storage fails', async () => {
    const broken = createCore({
      store: {
        members: { seen: () => Promise.reject(new Error('disk full')), setRegion: () => Promise.reject(new Error('x')), setTimezone: () => Promise.reject(new Error('x')) },
        conversations: { load: () => Promise.reject(new Error('x')), save: () => Promise.reject(new Error('x')) },
        memberData: { export: () => Promise.reject(new Error('x')), erase: () => Promise.reject(new Error('x')) },
        statistics: { counts: () => Promise.reject(new Error('x')) },
        soberDates: { current: () => Promise.reject(new Error('x')), start: () => Promise.reject(new Error('x')) },
        meetings: {
          near: () => Promise.reject(new Error('x')),
          online: () => Promise.reject(new Error('x')),
          named: () => Promise.reject(new Error('x')),
          byId: () => Promise.reject(new Error('x')),
          byIds: () => Promise.reject(new Error('x')),
          place: () => Promise.reject(new Error('x')),
          holding: () => Promise.reject(new Error('x')),
        },
        outbox: { schedule: () => Promise.reject(new Error('x')), cancel: () => Promise.reject(new Error('x')) },
        checkins: {
          get: () => Promise.reject(new Error('x')),
          subscribe: () => Promise.reject(new Error('x')),
          pause: () => Promise.reject(new Error('x')),
          stop: () => Promise.reject(new Error('x')),
          setTracking: () => Promise.reject(new Error('x')),
          recordMood: () => Promise.reject(new Error('x')),
          moods: () => Promise.reject(new Error('x')),
        },
      },
      catalogue: (await import('../../src/core/knowledge/catalogue.ts')).catalogue((await import('../../src/core/knowledge/load.ts')).loadKnowledge()),
      understand: async () => ({ intents: [], guesses: [], entities: NO_ENTITIES }),
      now: () => new Date(),
    });
    const ordinary = await broken.handle({ channel: 'console', user: 'console:z', chat: 'z', text: 'hello' });
    expect(ordinary[0]?.text).toMatch(/went wrong/);
    const crisis = await broken.handle({ channel: 'console', user: 'console:z', chat: 'z', text: 'i want to kill myself' });
    expect(crisis[0]?.text).toMatch(/116 123/);
  });
});
