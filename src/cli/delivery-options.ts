/** How this process takes part in delivering the shared outbox and sharing Telegram's limit, from the configuration. */
import { hostname } from 'node:os';
import type { Config } from '../config.ts';
import type { PaceOptions } from '../bots/telegram/pace.ts';
import type { HarbourDb } from '../db/database.ts';
import { dialectOf } from '../db/dialect.ts';
import type { DeliveryOptions } from '../db/outbox.ts';
import { sendBudget } from '../db/send-budget.ts';

export function deliveryOptions(config: Config): Pick<DeliveryOptions, 'instance' | 'leaseMs'> {
  return {
    instance: config.HARBOUR_INSTANCE ?? `${hostname()}-${process.pid}`,
    ...(config.HARBOUR_OUTBOX_LEASE_SECONDS === undefined ? {} : { leaseMs: config.HARBOUR_OUTBOX_LEASE_SECONDS * 1000 }),
  };
}

/** Telegram's pace for this process: alone on SQLite, 30 a second; on PostgreSQL every instance
 * draws on one budget in the database, 25 a second so no sliding second reaches Telegram's 30. */
export function telegramPace(config: Config, db: HarbourDb): Pick<PaceOptions, 'perSecond' | 'gate'> {
  const shared = dialectOf(db) === 'postgres';
  const perSecond = config.HARBOUR_TELEGRAM_SENDS_PER_SECOND ?? (shared ? 25 : 30);
  return { perSecond, gate: shared ? sendBudget(db, 'telegram', perSecond) : undefined };
}
