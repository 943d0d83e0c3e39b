/** Whether this instance can do its work: the database answers and its schema is the latest. */
import { sql } from 'kysely';
import { migrator, type HarbourDb } from '../db/database.ts';

export type Health = { ok: boolean; database: 'ok' | 'unreachable'; migrations: 'current' | 'pending' | 'unknown'; pending?: string[] };

export async function checkHealth(db: HarbourDb, timeoutMs = 2_000): Promise<Health> {
  const check = async (): Promise<Health> => {
    try {
      await sql`select 1`.execute(db);
    } catch {
      return { ok: false, database: 'unreachable', migrations: 'unknown' };
    }
    const migrations = await (await migrator(db)).getMigrations();
    const pending = migrations.filter((m) => m.executedAt === undefined).map((m) => m.name);
    return pending.length ? { ok: false, database: 'ok', migrations: 'pending', pending } : { ok: true, database: 'ok', migrations: 'current' };
  };
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Health>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, database: 'unreachable', migrations: 'unknown' }), timeoutMs);
  });
  try {
    return await Promise.race([check().catch((): Health => ({ ok: false, database: 'unreachable', migrations: 'unknown' })), late]);
  } finally {
    clearTimeout(timer);
  }
}
