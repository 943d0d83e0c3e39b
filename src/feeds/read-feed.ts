/** Reads a feed from a file or URL and parses it in the format given or recognised. */
import { readFile } from 'node:fs/promises';
import { parseBmlt } from './bmlt.ts';
import { parseCsv } from './csv.ts';
import { FeedError, type FeedFormat, type FeedOptions, type ParsedFeed } from './feed.ts';
import { parseMeetingGuide } from './meeting-guide.ts';

/** Feeds larger than this are refused rather than read into memory. */
const MAX_BYTES = 200 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 60_000;

/** Whether `location` is a web address rather than a file. */
export function isUrl(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

/** The feed's text, from disk or the web. */
export async function fetchFeedText(location: string): Promise<string> {
  if (!isUrl(location)) {
    try {
      return await readFile(location, 'utf8');
    } catch (error) {
      throw new FeedError(`cannot read ${location}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  let response: Response;
  try {
    response = await fetch(location, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.5' } });
  } catch (error) {
    throw new FeedError(`cannot fetch ${location}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) throw new FeedError(`${location} answered ${response.status} ${response.statusText}`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) throw new FeedError(`${location} is ${Math.round(length / 1e6)} MB, more than a meeting feed should be`);
  const text = await response.text();
  if (text.length > MAX_BYTES) throw new FeedError(`${location} is more than a meeting feed should be`);
  return text;
}

/** The format a feed is in, from what it looks like. */
export function recogniseFormat(location: string, text: string): FeedFormat {
  const start = text.trimStart();
  if (!start.startsWith('[') && !start.startsWith('{')) return 'csv';
  // BMLT sends weekday_tinyint; Meeting Guide sends day.
  return /"weekday_tinyint"\s*:/.test(start.slice(0, 20_000)) || /switcher=GetSearchResults/i.test(location) ? 'bmlt' : 'meeting-guide';
}

/** Parses `text` as `format`; throws FeedError for anything that is not such a feed. */
export function parseFeed(text: string, format: FeedFormat, options: FeedOptions): ParsedFeed {
  if (format === 'csv') return parseCsv(text, options);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new FeedError(`this is not JSON, so not a ${format === 'bmlt' ? 'BMLT' : 'Meeting Guide'} feed`);
  }
  return format === 'bmlt' ? parseBmlt(json, options) : parseMeetingGuide(json, options);
}
