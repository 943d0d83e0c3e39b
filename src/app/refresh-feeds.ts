/** Re-imports every configured feed: each on its own, so one broken feed never holds up the rest. */
import type { HarbourDb } from '../db/database.ts';
import { importMeetings, sourceName, type ImportReport } from './import-meetings.ts';

export type ConfiguredFeed = { fellowship: string; url: string };
export type RefreshOutcome = { feed: ConfiguredFeed; source: string } & ({ ok: true; report: ImportReport } | { ok: false; error: string });

/** Imports each feed in turn; a failure is recorded against its source and the meetings it held stay. */
export async function refreshFeeds(db: HarbourDb, feeds: readonly ConfiguredFeed[], now: Date): Promise<RefreshOutcome[]> {
  const outcomes: RefreshOutcome[] = [];
  for (const feed of feeds) {
    const source = `${feed.fellowship} ${sourceName(feed.url)}`;
    try {
      const report = await importMeetings(db, { location: feed.url, fellowship: feed.fellowship, source }, now);
      outcomes.push({ feed, source, ok: true, report });
    } catch (error) {
      outcomes.push({ feed, source, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return outcomes;
}
