/** `harbour import FILE|URL [--format …] [--fellowship CODE] [--source NAME] [--timezone ZONE] [--db PATH]`. */
import { parseArgs } from 'node:util';
import { IANAZone } from 'luxon';
import { importMeetings } from '../app/import-meetings.ts';
import { readConfig } from '../config.ts';
import { openMigratedDatabase } from '../db/database.ts';
import { FEED_FORMATS, type FeedFormat } from '../feeds/feed.ts';

export const IMPORT_USAGE = `  import FILE|URL       Import a meeting feed (all or nothing).
      --format meeting-guide|bmlt|csv   (default: recognised from the feed)
      --fellowship CODE                 AA, NA, CA… (Meeting Guide: required; BMLT: NA)
      --source NAME                     (default: the file name or URL)
      --timezone ZONE                   for meetings that name none (default: Europe/London)
      --db PATH
`;

/** Runs an import and prints what it did; returns the exit code. */
export async function importCommand(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, fellowship: { type: 'string' }, source: { type: 'string' }, timezone: { type: 'string' }, db: { type: 'string' } },
    strict: true,
  });
  const [location, ...extra] = positionals;
  if (!location || extra.length) throw new Error(`import takes one FILE or URL\n\n${IMPORT_USAGE}`);
  if (values.format && !FEED_FORMATS.includes(values.format as FeedFormat)) throw new Error(`--format must be one of ${FEED_FORMATS.join(', ')}`);
  if (values.fellowship && !/^[A-Za-z][A-Za-z0-9-]{0,19}$/.test(values.fellowship)) throw new Error(`--fellowship ${values.fellowship} is not a fellowship code (AA, NA, CA…)`);
  if (values.timezone && !IANAZone.isValidZone(values.timezone)) throw new Error(`--timezone ${values.timezone} is not a time zone`);
  const db = await openMigratedDatabase(values.db ?? readConfig().DATABASE_URL);
  try {
    const report = await importMeetings(
      db,
      { location, format: values.format as FeedFormat | undefined, fellowship: values.fellowship, source: values.source, timezone: values.timezone },
      new Date(),
    );
    out.write(
      `Imported ${report.total} meetings from ${report.source} (${report.format}): ${report.added} new, ${report.updated} updated, ${report.removed} removed, ${report.invalid} skipped as invalid.\n`,
    );
    for (const reason of report.reasons) err.write(`  skipped ${reason}\n`);
    return 0;
  } catch (error) {
    err.write(`Import failed, nothing changed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await db.destroy();
  }
}
