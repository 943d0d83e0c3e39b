/** `harbour tick --now ISO-8601 [--db PATH]`: one scheduler pass; console messages go to stdout as JSON lines. */
import { parseArgs } from 'node:util';
import { tick } from '../app/tick.ts';
import { readConfig } from '../config.ts';
import { openMigratedDatabase } from '../db/database.ts';
import { loadKnowledge } from '../core/knowledge/load.ts';
import { telegramSender } from '../bots/telegram/sender.ts';
import { slackSender } from '../bots/slack/sender.ts';
import { slackTokens } from '../app/slack-tokens.ts';
import { deliveryOptions, telegramPace } from './delivery-options.ts';

export const TICK_USAGE = `  tick [--now ISO]      One scheduler pass (check-ins, reminders); console messages print as {"to", "replies"} lines.
`;

export async function tickCommand(args: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseArgs({ args, options: { now: { type: 'string' }, db: { type: 'string' } }, strict: true });
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`--now ${values.now ?? ''} is not an ISO-8601 date-time`);
  const config = readConfig();
  const db = await openMigratedDatabase(values.db ?? config.DATABASE_URL);
  const telegram = config.TELEGRAM_BOT_TOKEN ? telegramSender(config.TELEGRAM_BOT_TOKEN, { apiRoot: config.TELEGRAM_API_ROOT, ...telegramPace(config, db) }) : null;
  const tokens = slackTokens(config, db);
  const slack = tokens ? slackSender(tokens, { slackApiUrl: config.SLACK_API_URL }) : null;
  try {
    await tick(
      db,
      now,
      {
        console: async (to, replies) => {
          out.write(`${JSON.stringify({ to: to.memberId, replies })}\n`);
        },
        ...(telegram ? { telegram: (to, replies) => telegram.send(to.chat, replies) } : {}),
        ...(slack ? { slack: (to, replies) => slack.send(to.chat, replies, to.memberId) } : {}),
      },
      loadKnowledge().encouragements,
      config.HARBOUR_CHECKIN_WINDOW_MINUTES,
      deliveryOptions(config),
    );
    return 0;
  } finally {
    await db.destroy();
  }
}
