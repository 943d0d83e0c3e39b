/** Puts Harbour together: database, knowledge, language model and the conversation core. */
import { createCore, type Core } from '../core/handle.ts';
import { catalogue } from '../core/knowledge/catalogue.ts';
import { loadKnowledge, type Knowledge } from '../core/knowledge/load.ts';
import { nameReaders } from '../core/understand/names.ts';
import { understanding } from '../core/understand/understand.ts';
import { openMigratedDatabase, type HarbourDb } from '../db/database.ts';
import { sqlStore } from '../db/store.ts';
import type { RateLimit } from '../core/safety/rate-limit.ts';
import { hashedId, type Logger } from '../log.ts';
import { crisisModel } from '../core/safety/crisis-model.ts';
import { crisisReaders, languageModel } from './language-model.ts';
import { loadDemoMeetingsIfEmpty } from './demo-meetings.ts';
import { postcodesIoGeocoder } from './geocoder.ts';
import { svgToPngBase64 } from './chart.ts';
import { loadWordVectors } from './word-vectors.ts';

export type HarbourOptions = {
  databaseUrl: string;
  /** Where the language model is cached; null trains every time. */
  cacheDir: string | null;
  now?: () => Date;
  knowledge?: Knowledge;
  onError?: (error: unknown) => void;
  /** Logs one line per message handled: never its text, only what kind it was and a hashed member id. */
  log?: Logger;
  rateLimit?: RateLimit;
  admins?: Iterable<string>;
  /** Load the made-up demo meetings while no real feed is imported (default true). */
  demoMeetings?: boolean;
  /** A postcodes.io-style service for postcodes the meetings do not cover; none when absent. */
  geocoderUrl?: string;
};

export type Harbour = { core: Core; db: HarbourDb; knowledge: Knowledge; close(): Promise<void> };

export async function createHarbour(options: HarbourOptions): Promise<Harbour> {
  const knowledge = options.knowledge ?? loadKnowledge();
  const names = nameReaders(knowledge.fellowships, knowledge.places);
  const vectors = loadWordVectors(options.cacheDir);
  const [db, classifier] = await Promise.all([
    openMigratedDatabase(options.databaseUrl),
    languageModel(knowledge.training, names.prepare, options.cacheDir, vectors, [knowledge.fellowships, knowledge.places]),
  ]);
  const now = options.now ?? (() => new Date());
  if (options.demoMeetings !== false) await loadDemoMeetingsIfEmpty(db, now());
  const understand = understanding({ classifier, ...names });
  const core = createCore({
    store: sqlStore(db),
    catalogue: catalogue(knowledge),
    understand,
    now,
    onError: options.onError,
    rateLimit: options.rateLimit,
    admins: options.admins,
    crisisModel: crisisModel(crisisReaders(knowledge, vectors, options.cacheDir)),
    geocoder: options.geocoderUrl ? postcodesIoGeocoder(options.geocoderUrl, options.onError) : undefined,
    renderPng: svgToPngBase64,
  });
  return { core: options.log ? logged(core, options.log) : core, db, knowledge, close: () => db.destroy() };
}

function logged(core: Core, log: Logger): Core {
  return {
    async handle(inbound) {
      const started = performance.now();
      const replies = await core.handle(inbound);
      log.info(
        {
          member: hashedId(inbound.user),
          channel: inbound.channel,
          kind: inbound.action ? 'action' : inbound.location ? 'location' : 'text',
          replies: replies.length,
          ms: Math.round((performance.now() - started) * 10) / 10,
        },
        'message handled',
      );
      return replies;
    },
  };
}
