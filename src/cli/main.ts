/** The `harbour` command: start, chat (interactive or JSON lines). */
import { parseArgs } from 'node:util';
import { openHarbour } from './open-harbour.ts';
import { runChat } from '../bots/console/chat.ts';
import { runJsonLines, scopedConsoleUser } from '../bots/console/json-lines.ts';
import { readConfig } from '../config.ts';
import { createLogger, hashedId } from '../log.ts';
import { IMPORT_USAGE, importCommand } from './import.ts';
import { REFRESH_USAGE, refreshCommand } from './refresh.ts';
import { serve } from './serve.ts';
import { TICK_USAGE, tickCommand } from './tick.ts';
import { scheduleDeliveries, scheduleFeedRefresh } from '../app/scheduler.ts';
import { telegramSender } from '../bots/telegram/sender.ts';
import { renderReplies } from '../bots/console/render.ts';
import { IANAZone } from 'luxon';

const USAGE = `Usage: harbour <command> [options]

Commands:
  start                 Run every configured channel; with none, open the console chat.
  chat [--json]         Chat with Harbour in the terminal (--json: JSON lines on stdin/stdout).
${IMPORT_USAGE}${REFRESH_USAGE}${TICK_USAGE}
Chat options:
  --db PATH             SQLite database file (default: DATABASE_URL or ./data/harbour.sqlite)
  --user ID             Who you are (default: me)
  --tz ZONE             Your IANA time zone (default: Europe/London)
  --now ISO-8601        Fix the clock, for tests and demos
`;

const CONNECT_HINT = 'No platform token set, so this is the console chat. To connect Telegram set TELEGRAM_BOT_TOKEN; for Slack set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (see README).';

/** Runs a command; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'start':
        return await start();
      case 'chat':
        return await chat(rest);
      case 'import':
        return await importCommand(rest, process.stdout, process.stderr);
      case 'refresh':
        return await refreshCommand(rest, process.stdout, process.stderr);
      case 'tick':
        return await tickCommand(rest, process.stdout);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(USAGE);
        return command === undefined ? 1 : 0;
      default:
        process.stderr.write(`Unknown command: ${command}\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    process.stderr.write(`harbour: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

async function start(): Promise<number> {
  const config = readConfig();
  if (config.TELEGRAM_BOT_TOKEN || config.SLACK_BOT_TOKEN || config.SLACK_CLIENT_ID) return serve(config);
  process.stdout.write(`${CONNECT_HINT}\n`);
  return chat([], { scheduled: true });
}

async function chat(args: string[], options: { scheduled?: boolean } = {}): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false }, db: { type: 'string' }, user: { type: 'string' }, tz: { type: 'string' }, now: { type: 'string' } },
    strict: true,
  });
  const config = readConfig();
  if (values.tz && !IANAZone.isValidZone(values.tz)) throw new Error(`--tz ${values.tz} is not a time zone (try Europe/London)`);
  let now: (() => Date) | undefined;
  if (values.now) {
    const fixed = new Date(values.now);
    if (Number.isNaN(fixed.getTime())) throw new Error(`--now ${values.now} is not an ISO-8601 date-time`);
    now = () => fixed;
  }
  // The interactive chat keeps its terminal clean unless a log level was asked for.
  const log = createLogger(process.env['LOG_LEVEL'] ? config.LOG_LEVEL : values.json ? 'info' : 'warn');
  const harbour = await openHarbour(config, log, { ...(values.db ? { databaseUrl: values.db } : {}), ...(now ? { now } : {}) });
  const who = { user: scopedConsoleUser(values.user ?? 'me'), ...(values.tz ? { timezone: values.tz } : {}) };
  log.info({ member: hashedId(who.user), channel: 'console' }, 'console chat opened');
  // `start` keeps the configured feeds fresh, and sends check-ins and reminders as they fall due.
  const telegram = options.scheduled && config.TELEGRAM_BOT_TOKEN ? telegramSender(config.TELEGRAM_BOT_TOKEN, { apiRoot: config.TELEGRAM_API_ROOT }) : null;
  const stopFeeds = options.scheduled ? scheduleFeedRefresh(harbour.db, config.HARBOUR_FEEDS, config.HARBOUR_FEEDS_SCHEDULE, log) : undefined;
  const deliveries = options.scheduled
    ? scheduleDeliveries(
        harbour.db,
        harbour.knowledge.encouragements,
        {
          console: { member: who.user, show: (replies) => process.stdout.write(`\n${renderReplies(replies, process.stdout.isTTY === true)}\n\nyou> `) },
          ...(telegram ? { telegram: (to, replies) => telegram.send(to.chat, replies) } : {}),
        },
        log,
        { windowMinutes: config.HARBOUR_CHECKIN_WINDOW_MINUTES, schedule: config.HARBOUR_TICK_SCHEDULE },
      )
    : undefined;
  try {
    if (values.json) await runJsonLines(harbour.core, who, process.stdin, process.stdout);
    else await runChat(harbour.core, who, process.stdin, process.stdout);
  } finally {
    stopFeeds?.();
    await deliveries?.stop();
    await harbour.close();
  }
  return 0;
}
