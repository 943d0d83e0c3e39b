/** `harbour tick --now ISO-8601 [--db PATH]`: one scheduler pass; console messages go to stdout as JSON lines. */
import { parseArgs } from 'node:util';
import { tick } from '../app/tick.ts';
import { readConfig } from '../config.ts';
import { openMigratedDatabase } from '../db/database.ts';
import { loadKnowledge } from '../core/knowledge/load.ts';

export const TICK_USAGE = `  tick [--now ISO]      One scheduler pass (check-ins, reminders); console messages print as {"to", "replies"} lines.
`;

export async function tickCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseArgs({ args, options: { now: { type: 'string' }, db: { type: 'string' } }, strict: true });
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`--now ${values.now ?? ''} is not an ISO-8601 date-time`);
  const db = await openMigratedDatabase(values.db ?? readConfig().DATABASE_URL);
  try {
    await tick(
      db,
      now,
      {
        console: async (to, replies) => {
          out.write(`${JSON.stringify({ to: to.memberId, replies })}\n`);
        },
      },
      loadKnowledge().encouragements,
    );
    return 0;
  } finally {
    await db.destroy();
  }
}
