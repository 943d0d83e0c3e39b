/** `harbour import`: one feed into the meeting directory, all or nothing. */
import { basename } from 'node:path';
import type { HarbourDb } from '../db/database.ts';
import { recordImportError, replaceSourceMeetings, type ImportCounts } from '../db/meeting-import.ts';
import { FeedError, type FeedFormat } from '../feeds/feed.ts';
import { fetchFeedText, isUrl, parseFeed, recogniseFormat } from '../feeds/read-feed.ts';

export type ImportRequest = {
  location: string;
  format?: FeedFormat;
  fellowship?: string;
  source?: string;
  /** Zone for meetings that name none. */
  timezone?: string;
};

export type ImportReport = ImportCounts & { source: string; format: FeedFormat; reasons: string[] };

/** Imports a feed; throws FeedError (after noting it against the source) when nothing could be imported. */
export async function importMeetings(db: HarbourDb, request: ImportRequest, now: Date): Promise<ImportReport> {
  const source = request.source ?? sourceName(request.location);
  let format: FeedFormat = request.format ?? 'meeting-guide';
  const fellowship = request.fellowship?.toUpperCase();
  try {
    const text = await fetchFeedText(request.location);
    format = request.format ?? recogniseFormat(request.location, text);
    if (format === 'meeting-guide' && !fellowship) {
      throw new FeedError('a Meeting Guide feed belongs to one fellowship: say which with --fellowship (AA, NA, CA, …)');
    }
    const parsed = parseFeed(text, format, { fellowship: fellowship ?? (format === 'bmlt' ? 'NA' : ''), timezone: request.timezone ?? 'Europe/London' });
    // An empty feed is far more often a broken server than a fellowship with no meetings.
    if (parsed.meetings.length === 0) throw new FeedError('the feed holds no meetings; the meetings already held are kept');
    const counts = await replaceSourceMeetings(db, { name: source, location: request.location, format, fellowship: fellowship ?? null }, parsed.meetings, parsed.invalid, now);
    return { ...counts, source, format, reasons: parsed.reasons };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await recordImportError(db, { name: source, location: request.location, format, fellowship: fellowship ?? null }, message, now).catch(() => undefined);
    throw error instanceof FeedError ? error : new FeedError(message);
  }
}

/** A feed's default source name: the file's name, or the site and path of a URL. */
export function sourceName(location: string): string {
  if (!isUrl(location)) return basename(location);
  const url = new URL(location);
  return `${url.hostname}${url.pathname === '/' ? '' : url.pathname}`;
}
