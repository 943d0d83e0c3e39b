/** The jobs that run on a clock while Harbour is up: the configured feeds daily, the outbox every minute. */
import cron from 'node-cron';
import type { HarbourDb } from '../db/database.ts';
import type { Logger } from '../log.ts';
import { enqueueDueCheckins } from '../db/checkin-queue.ts';
import { deliverDue } from '../db/outbox.ts';
import type { Encouragement } from '../core/checkins/encouragement.ts';
import { wording } from './tick.ts';
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

/** Every minute: queues due check-ins, and shows the console member's due messages in their chat. */
export function scheduleConsoleDeliveries(db: HarbourDb, member: string, library: readonly Encouragement[], show: (replies: Reply[]) => void, log: Logger): () => void {
  const word = wording(db, library);
  const task = cron.schedule(
    '* * * * *',
    async () => {
      try {
        const now = new Date();
        await enqueueDueCheckins(db, now);
        await deliverDue(db, 'console', now, async (d) => show(await word(d)), member);
      } catch (error) {
        log.error({ err: error }, 'console delivery failed');
      }
    },
    { timezone: 'UTC', noOverlap: true, name: 'console-outbox' },
  );
  return () => void task.destroy();
}
