/** Everything about one member, table by table: exported for `mydata`, erased for `forget`. */
import { sql } from 'kysely';
import type { MemberData, MemberRecords } from '../core/ports.ts';
import type { HarbourDb } from './database.ts';
import { dialectOf } from './dialect.ts';
import { MEMBER_TABLES } from './member-tables.ts';

export function sqlMemberData(db: HarbourDb): MemberData {
  return {
    async export(memberId: string): Promise<MemberRecords> {
      const records: MemberRecords = {};
      for (const { table, column } of [...MEMBER_TABLES].reverse()) {
        const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)} where ${sql.ref(column)} = ${memberId}`.execute(db);
        records[table] = rows.rows;
      }
      return records;
    },
    async erase(memberId: string): Promise<Record<string, number>> {
      const erased: Record<string, number> = {};
      await db.transaction().execute(async (tx) => {
        for (const { table, column } of MEMBER_TABLES) {
          const result = await sql`delete from ${sql.table(table)} where ${sql.ref(column)} = ${memberId}`.execute(tx);
          erased[table] = Number(result.numAffectedRows ?? 0n);
        }
      });
      // SQLite: secure_delete zeroes the freed pages; a checkpoint also clears the copies in the
      // WAL. PostgreSQL: VACUUM (outside the transaction) frees the dead rows' space for reuse.
      if (dialectOf(db) === 'postgres') {
        for (const { table } of MEMBER_TABLES) await sql`vacuum ${sql.table(table)}`.execute(db);
      } else {
        await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
      }
      return erased;
    },
  };
}
