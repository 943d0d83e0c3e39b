/**
 * `harbour start` with platform tokens: runs the configured channels (Telegram, Slack), the
 * scheduler and the operations endpoints until SIGTERM or SIGINT; then the scheduler finishes
 * the message in hand and claims no more, the channels stop taking updates and let those in
 * flight finish, and the database is closed. Several such processes can share one PostgreSQL.
 */
import { scheduleDeliveries, scheduleFeedRefresh } from '../app/scheduler.ts';
import { createTelegramBot } from '../bots/telegram/bot.ts';
import { runTelegram } from '../bots/telegram/run.ts';
import { telegramSender } from '../bots/telegram/sender.ts';
import { createSlackApp } from '../bots/slack/app.ts';
import { slackSender } from '../bots/slack/sender.ts';
import { sqlInstallationStore } from '../db/slack-installations.ts';
import { slackTokens } from '../app/slack-tokens.ts';
import type { Sender } from '../app/tick.ts';
import type { Config } from '../config.ts';
import { createLogger } from '../log.ts';
import { openHarbour } from './open-harbour.ts';
import { deliveryOptions, telegramPace } from './delivery-options.ts';
import { dialectOf } from '../db/dialect.ts';
import { PermanentFailure } from '../db/outbox.ts';
import { createMetrics, type Metrics } from '../ops/metrics.ts';
import { startOpsServer } from '../ops/server.ts';

export async function serve(config: Config): Promise<number> {
  const log = createLogger(config.LOG_LEVEL);
  const harbour = await openHarbour(config, log);
  const metrics = createMetrics(harbour.db);
  const core = metrics.measured(harbour.core);
  const shared = dialectOf(harbour.db) === 'postgres';
  const stops: (() => Promise<void> | void)[] = [];
  const senders: { telegram?: Sender; slack?: Sender } = {};
  const oauth = config.SLACK_CLIENT_ID && config.SLACK_CLIENT_SECRET && config.SLACK_STATE_SECRET
    ? { clientId: config.SLACK_CLIENT_ID, clientSecret: config.SLACK_CLIENT_SECRET, stateSecret: config.SLACK_STATE_SECRET, installationStore: sqlInstallationStore(harbour.db) }
    : undefined;
  if (config.SLACK_BOT_TOKEN || oauth) {
    if (!config.SLACK_APP_TOKEN && !config.SLACK_SIGNING_SECRET) throw new Error('Slack needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode); see README.');
    const slack = createSlackApp(core, {
      ...(oauth ? { oauth } : { token: config.SLACK_BOT_TOKEN }),
      signingSecret: config.SLACK_SIGNING_SECRET,
      appToken: config.SLACK_APP_TOKEN,
      slackApiUrl: config.SLACK_API_URL,
      onError: (error) => log.error({ err: error }, 'slack event failed'),
    });
    // Socket Mode needs no port; HTTP mode listens on PORT at /slack/events.
    await slack.start(config.PORT);
    stops.push(async () => {
      await slack.stop();
    });
    const sender = slackSender(slackTokens(config, harbour.db) ?? '', { slackApiUrl: config.SLACK_API_URL });
    senders.slack = measuredSender(metrics, 'slack', (to, replies) => sender.send(to.chat, replies, to.memberId));
    log.info({ mode: config.SLACK_APP_TOKEN ? 'socket' : 'http', workspaces: oauth ? 'many (OAuth)' : 'one' }, 'slack running');
  }
  if (config.TELEGRAM_BOT_TOKEN) {
    const bot = createTelegramBot(core, config.TELEGRAM_BOT_TOKEN, {
      apiRoot: config.TELEGRAM_API_ROOT,
      ...telegramPace(config, harbour.db),
      onError: (error) => log.error({ err: error }, 'telegram update failed'),
    });
    // Slack's HTTP mode has PORT; then Telegram's webhook takes the next one.
    const port = config.SLACK_BOT_TOKEN && !config.SLACK_APP_TOKEN ? config.PORT + 1 : config.PORT;
    const running = await runTelegram(bot, { webhookUrl: config.TELEGRAM_WEBHOOK_URL, webhookSecret: config.TELEGRAM_WEBHOOK_SECRET, port });
    stops.push(() => running.stop());
    // The scheduler sends on the bot's own client, so both share one pace under Telegram's limits.
    const sender = telegramSender(config.TELEGRAM_BOT_TOKEN, { api: bot.api });
    senders.telegram = measuredSender(metrics, 'telegram', (to, replies) => sender.send(to.chat, replies));
    log.info({ mode: config.TELEGRAM_WEBHOOK_URL ? 'webhook' : 'polling', username: bot.botInfo.username }, 'telegram running');
  }
  const delivery = deliveryOptions(config);
  const deliveries = scheduleDeliveries(harbour.db, harbour.knowledge.encouragements, senders, log, {
    windowMinutes: config.HARBOUR_CHECKIN_WINDOW_MINUTES,
    schedule: config.HARBOUR_TICK_SCHEDULE,
    delivery,
  });
  // The scheduler stops first: it finishes the message in hand and claims no more.
  stops.unshift(() => deliveries.stop());
  stops.push(scheduleFeedRefresh(harbour.db, config.HARBOUR_FEEDS, config.HARBOUR_FEEDS_SCHEDULE, log, (source, outcome) => metrics.imported(source, outcome)));
  const ops = await startOpsServer(harbour.db, metrics, config.HARBOUR_OPS_PORT);
  stops.push(() => ops.close());
  log.info({ instance: delivery.instance, port: ops.port, database: shared ? 'postgres' : 'sqlite' }, 'ready: /healthz and /metrics');
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
  log.info('shutting down');
  for (const stop of stops) await stop();
  await harbour.close();
  return 0;
}

/** A scheduled sender that counts what it sends and what fails. */
function measuredSender(metrics: Metrics, channel: string, send: Sender): Sender {
  return async (to, replies) => {
    try {
      await send(to, replies);
      metrics.sent.inc({ channel, kind: 'scheduled' }, replies.length);
    } catch (error) {
      metrics.sendFailures.inc({ channel, permanent: String(error instanceof PermanentFailure) });
      throw error;
    }
  };
}
