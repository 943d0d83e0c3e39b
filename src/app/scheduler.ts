/** The jobs that run on a clock while Harbour is up: for now, refreshing the configured feeds daily. */
import cron from 'node-cron';
import type { HarbourDb } from '../db/database.ts';
import type { Logger } from '../log.ts';
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
