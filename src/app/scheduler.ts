/** The jobs that run on a clock while Harbour is up: the configured feeds daily, the outbox every minute. */
import cron from 'node-cron';
import type { HarbourDb } from '../db/database.ts';
import type { Logger } from '../log.ts';
import { deliverDue } from '../db/outbox.ts';
import type { Encouragement } from '../core/checkins/encouragement.ts';
import { tick, wording, type Sender } from './tick.ts';
import type { Reply } from '../core/inbound.ts';
import { refreshFeeds, type ConfiguredFeed } from './refresh-feeds.ts';

/** Starts the daily feed refresh; returns a function that stops it. */
export function scheduleFeedRefresh(db: HarbourDb, feeds: readonly ConfiguredFeed[], schedule: string, log: Logger): () => void {
  if (!feeds.length) return () => undefined;
  const task = cron.schedule(
    schedule,
    async () => {
      for (const outcome of await refreshFeeds(db, feeds, new Date())) {
        if (outcome.ok) log.info({ source: outcome.source, meetings: outcome.report.total, invalid: outcome.report.invalid }, 'feed refreshed');
        else log.warn({ source: outcome.source, error: outcome.error }, 'feed refresh failed; meetings kept as they were');
      }
    },
    { timezone: 'Europe/London', noOverlap: true, name: 'feed-refresh' },
  );
  return () => void task.destroy();
}

/** Every minute: a scheduler pass (tick) for the platforms' senders, then the console member's
 * due messages shown in their chat. */
export function scheduleDeliveries(
  db: HarbourDb,
  library: readonly Encouragement[],
  to: { console?: { member: string; show: (replies: Reply[]) => void }; telegram?: Sender; slack?: Sender },
  log: Logger,
  windowMinutes?: number,
): () => void {
  const word = wording(db, library);
  const task = cron.schedule(
    '* * * * *',
    async () => {
      try {
        const now = new Date();
        // The same pass as `harbour tick`, so a blocked member's check-ins stop here too.
        await tick(db, now, { telegram: to.telegram, slack: to.slack }, library, windowMinutes);
        const inChat = to.console;
        if (inChat) await deliverDue(db, 'console', now, async (d) => inChat.show(await word(d)), inChat.member);
      } catch (error) {
        log.error({ err: error }, 'scheduled delivery failed');
      }
    },
    { timezone: 'UTC', noOverlap: true, name: 'outbox' },
  );
  return () => void task.destroy();
}
