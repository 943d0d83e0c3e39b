/** The jobs that run on a clock while Harbour is up: the configured feeds daily, the outbox every minute. */
import cron from 'node-cron';
import type { HarbourDb } from '../db/database.ts';
import type { Logger } from '../log.ts';
import { deliverDue, type DeliveryOptions } from '../db/outbox.ts';
import type { Encouragement } from '../core/checkins/encouragement.ts';
import { tick, wording, type Sender } from './tick.ts';
import type { Reply } from '../core/inbound.ts';
import { refreshFeeds, type ConfiguredFeed } from './refresh-feeds.ts';

/** Starts the daily feed refresh; returns a function that stops it. */
export function scheduleFeedRefresh(
  db: HarbourDb,
  feeds: readonly ConfiguredFeed[],
  schedule: string,
  log: Logger,
  counted?: (source: string, outcome: { ok: true; meetings: number } | { ok: false }) => void,
): () => void {
  if (!feeds.length) return () => undefined;
  const task = cron.schedule(
    schedule,
    async () => {
      for (const outcome of await refreshFeeds(db, feeds, new Date())) {
        counted?.(outcome.source, outcome.ok ? { ok: true, meetings: outcome.report.total } : { ok: false });
        if (outcome.ok) log.info({ source: outcome.source, meetings: outcome.report.total, invalid: outcome.report.invalid }, 'feed refreshed');
        else log.warn({ source: outcome.source, error: outcome.error }, 'feed refresh failed; meetings kept as they were');
      }
    },
    { timezone: 'Europe/London', noOverlap: true, name: 'feed-refresh' },
  );
  return () => void task.destroy();
}

/** A running schedule; `stop` waits for a pass in progress to finish. */
export type Schedule = { stop(): Promise<void> };

/** Every minute (or `schedule`): a scheduler pass (tick) for the platforms' senders, then the
 * console member's due messages shown in their chat. Stopping claims no more messages and waits
 * for the one in hand. */
export function scheduleDeliveries(
  db: HarbourDb,
  library: readonly Encouragement[],
  to: { console?: { member: string; show: (replies: Reply[]) => void }; telegram?: Sender | undefined; slack?: Sender | undefined },
  log: Logger,
  options: { windowMinutes?: number | undefined; schedule?: string; delivery?: Omit<DeliveryOptions, 'member' | 'stopping'> } = {},
): Schedule {
  const word = wording(db, library);
  let stopping = false;
  let pass: Promise<void> | undefined;
  const delivery = { ...options.delivery, stopping: () => stopping };
  const task = cron.schedule(
    options.schedule ?? '* * * * *',
    async () => {
      if (stopping) return;
      pass = (async () => {
        const now = new Date();
        // The same pass as `harbour tick`, so a blocked member's check-ins stop here too.
        await tick(db, now, { telegram: to.telegram, slack: to.slack }, library, options.windowMinutes, delivery);
        const inChat = to.console;
        if (inChat) await deliverDue(db, 'console', now, async (d) => inChat.show(await word(d)), { ...delivery, member: inChat.member });
      })().catch((error: unknown) => log.error({ err: error }, 'scheduled delivery failed'));
      await pass;
    },
    { timezone: 'UTC', noOverlap: true, name: 'outbox' },
  );
  return {
    async stop() {
      stopping = true;
      await task.destroy();
      await pass;
    },
  };
}
