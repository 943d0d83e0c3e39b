/** The jobs that run on a clock while Harbour is up: the configured feeds daily, the outbox every minute. */
import cron from 'node-cron';
import type { HarbourDb } from '../db/database.ts';
import type { Logger } from '../log.ts';
import { enqueueDueCheckins } from '../db/checkin-queue.ts';
import { deliverDue } from '../db/outbox.ts';
import type { Encouragement } from '../core/checkins/encouragement.ts';
import { wording, type Sender } from './tick.ts';
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

/** Every minute: queues due check-ins, shows the console member's due messages in their chat,
 * and sends Telegram's when a bot token is configured. */
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
        await enqueueDueCheckins(db, now, windowMinutes);
        const inChat = to.console;
        if (inChat) await deliverDue(db, 'console', now, async (d) => inChat.show(await word(d)), inChat.member);
        const telegram = to.telegram;
        if (telegram) await deliverDue(db, 'telegram', now, async (d) => telegram({ memberId: d.memberId, chat: d.chat }, await word(d)));
        const slack = to.slack;
        if (slack) await deliverDue(db, 'slack', now, async (d) => slack({ memberId: d.memberId, chat: d.chat }, await word(d)));
      } catch (error) {
        log.error({ err: error }, 'scheduled delivery failed');
      }
    },
    { timezone: 'UTC', noOverlap: true, name: 'outbox' },
  );
  return () => void task.destroy();
}
