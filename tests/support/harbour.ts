/** A real Harbour for tests: real knowledge, real language model, a real database (in-memory SQLite, or PostgreSQL: database.ts). */
import { createHarbour, type Harbour, type HarbourOptions } from '../../src/app/harbour.ts';
import type { Inbound, Reply } from '../../src/core/inbound.ts';
import { testDatabaseUrl } from './database.ts';

import { TEST_CACHE_DIR } from './cache.ts';

/** Tests share one model cache so the classifier trains once per machine. */
export { TEST_CACHE_DIR };

export type TestHarbour = Harbour & {
  /** Sends text (or an Inbound's fields) as one member and returns the replies. */
  say(text: string | Partial<Inbound>, user?: string): Promise<Reply[]>;
  /** Presses a button by its action. */
  press(action: string, user?: string): Promise<Reply[]>;
  clock: { now: Date };
};

export async function testHarbour(databaseUrl?: string, start = '2026-11-24T12:00:00Z', options: Partial<HarbourOptions> = {}): Promise<TestHarbour> {
  const clock = { now: new Date(start) };
  const harbour = await createHarbour({ databaseUrl: databaseUrl ?? (await testDatabaseUrl()), cacheDir: TEST_CACHE_DIR, now: () => clock.now, ...options });
  const inbound = (fields: Partial<Inbound>, user: string): Inbound => ({ channel: 'console', user, chat: user, ...fields });
  return {
    ...harbour,
    clock,
    say: (text, user = 'console:tester') => harbour.core.handle(inbound(typeof text === 'string' ? { text } : text, user)),
    press: (action, user = 'console:tester') => harbour.core.handle(inbound({ action }, user)),
  };
}

/** All reply texts joined, for reading assertions. */
export function textOf(replies: Reply[]): string {
  return replies.map((r) => r.text).join('\n---\n');
}

/** Every button action in the replies. */
export function actionsOf(replies: Reply[]): string[] {
  return replies.flatMap((r) => (r.buttons ?? []).flat().map((b) => b.action));
}
