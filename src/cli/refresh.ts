/** `harbour refresh [--db PATH]`: re-imports every feed in HARBOUR_FEEDS now. */
import { parseArgs } from 'node:util';
import { refreshFeeds } from '../app/refresh-feeds.ts';
import { readConfig } from '../config.ts';
import { openMigratedDatabase } from '../db/database.ts';

export const REFRESH_USAGE = `  refresh               Re-import every feed in HARBOUR_FEEDS now (start does it daily).
`;

/** Returns 0 when every feed imported, 1 when any failed (the others still import). */
export async function refreshCommand(args: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { values } = parseArgs({ args, options: { db: { type: 'string' } }, strict: true });
  const config = readConfig();
  if (!config.HARBOUR_FEEDS.length) {
    err.write('No feeds configured: set HARBOUR_FEEDS to CODE=URL entries (see README).\n');
    return 1;
  }
  const db = await openMigratedDatabase(values.db ?? config.DATABASE_URL);
  try {
    const outcomes = await refreshFeeds(db, config.HARBOUR_FEEDS, new Date());
    for (const o of outcomes) {
      if (o.ok) out.write(`${o.source}: ${o.report.total} meetings (${o.report.added} new, ${o.report.removed} removed, ${o.report.invalid} skipped)\n`);
      else err.write(`${o.source}: failed, meetings kept as they were: ${o.error}\n`);
    }
    return outcomes.every((o) => o.ok) ? 0 : 1;
  } finally {
    await db.destroy();
  }
}
