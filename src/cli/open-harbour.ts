/** Harbour as the configuration describes it, with inactive members' data expired first: what `chat` and `start` share. */
import { createHarbour, type Harbour, type HarbourOptions } from '../app/harbour.ts';
import type { Config } from '../config.ts';
import { expireInactiveMembers, retentionCutoff } from '../db/retention.ts';
import type { Logger } from '../log.ts';

export async function openHarbour(config: Config, log: Logger, overrides: Partial<HarbourOptions> = {}): Promise<Harbour> {
  const harbour = await createHarbour({
    databaseUrl: config.DATABASE_URL,
    cacheDir: config.HARBOUR_CACHE_DIR,
    log,
    admins: config.HARBOUR_ADMINS,
    geocoderUrl: config.HARBOUR_GEOCODER_URL,
    onError: (error) => log.error({ err: error }, 'reply failed'),
    ...overrides,
  });
  const now = overrides.now?.() ?? new Date();
  const expired = await expireInactiveMembers(harbour.db, retentionCutoff(now, config.HARBOUR_RETENTION_DAYS));
  if (expired) log.info({ expired }, 'inactive members erased');
  return harbour;
}
