/**
 * Harbour in Slack with Bolt: direct messages, mentions (answered in a thread), the /harbour
 * command, buttons, and the App Home tab. The adapter only translates; the member's time zone
 * comes from users.info, so check-ins need no zone question.
 */
import { App, LogLevel, type InstallationStore, type Logger, type Receiver } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Core } from '../../core/handle.ts';
import type { Inbound, Reply } from '../../core/inbound.ts';
import { en } from '../../core/text/en.ts';
import { slackMessage } from './blocks.ts';

/** The bot scopes Harbour asks for (as in slack/manifest.yaml). */
export const SLACK_SCOPES = ['app_mentions:read', 'chat:write', 'commands', 'files:write', 'im:history', 'im:read', 'im:write', 'users:read'];

export type SlackOptions = {
  /** One workspace: its bot token. */
  token?: string | undefined;
  /** Many workspaces: the OAuth install flow (/slack/install), installations kept in `installationStore`. */
  oauth?: { clientId: string; clientSecret: string; stateSecret: string; installationStore: InstallationStore };
  signingSecret?: string;
  /** Socket Mode when given; otherwise HTTP on `port`. */
  appToken?: string;
  slackApiUrl?: string;
  receiver?: Receiver;
  onError?: (error: unknown) => void;
  /** Bolt's own log (errors only by default); tests pass a silent one. */
  logger?: Logger;
};

export function createSlackApp(core: Core, options: SlackOptions): App {
  const app = new App({
    ...(options.oauth
      ? { ...options.oauth, scopes: SLACK_SCOPES, installerOptions: { directInstall: true } }
      : { token: options.token }),
    ...(options.receiver ? { receiver: options.receiver } : options.appToken ? { appToken: options.appToken, socketMode: true } : { signingSecret: options.signingSecret ?? '' }),
    ...(options.slackApiUrl ? { clientOptions: { slackApiUrl: options.slackApiUrl } } : {}),
    ...(options.logger ? { logger: options.logger } : { logLevel: LogLevel.ERROR }),
  });
  const zones = new Map<string, string | undefined>();

  /** The member's zone from their Slack profile, asked once per user. */
  async function zoneOf(client: WebClient, user: string): Promise<string | undefined> {
    if (zones.has(user)) return zones.get(user);
    const info = await client.users.info({ user }).catch(() => null);
    const tz = info?.user?.tz;
    zones.set(user, tz);
    return tz;
  }

  async function handle(client: WebClient, team: string, user: string, channel: string, fields: Partial<Inbound>): Promise<Reply[]> {
    const timezone = await zoneOf(client, user);
    return core.handle({ channel: 'slack', user: `slack:${team}:${user}`, chat: channel, ...(timezone ? { timezone } : {}), ...fields });
  }

  // Direct messages to the app.
  app.message(async ({ message, client, context }) => {
    if (message.subtype !== undefined || !('user' in message) || !message.user || message.channel_type !== 'im') return;
    const replies = await handle(client, context.teamId ?? '', message.user, message.channel, { text: message.text ?? '' });
    await post(client, message.channel, replies);
  });

  // Mentions in channels: answered in a thread, with the mention taken out.
  app.event('app_mention', async ({ event, client, context }) => {
    if (!event.user) return;
    const text = (event.text ?? '').replace(/<@[A-Z0-9]+>/g, '').trim();
    const replies = await handle(client, context.teamId ?? '', event.user, event.channel, { text });
    await post(client, event.channel, replies, event.thread_ts ?? event.ts);
  });

  // /harbour meetings near LS1 tonight — answered privately, where only the member sees it.
  app.command('/harbour', async ({ command, ack, client, respond }) => {
    await ack();
    // "/harbour checkin 08:00" in a channel sets up the channel's own daily post: admins only,
    // checked with Slack rather than trusted from the request.
    if (/^checkin\b/i.test(command.text.trim()) && !command.channel_id.startsWith('D')) {
      const info = await client.users.info({ user: command.user_id }).catch(() => null);
      if (!info?.user?.is_admin && !info?.user?.is_owner) {
        await respond({ response_type: 'ephemeral', text: en.slack.adminsOnly });
        return;
      }
      const replies = await core.handle({ channel: 'slack', user: `slack:chat:${command.team_id}:${command.channel_id}`, chat: command.channel_id, text: command.text.trim(), ...(info.user.tz ? { timezone: info.user.tz } : {}) });
      for (const reply of replies) await respond({ response_type: 'ephemeral', ...slackMessage(reply) });
      return;
    }
    const replies = await handle(client, command.team_id, command.user_id, command.channel_id, { text: command.text.trim() || 'help' });
    for (const reply of replies) await respond({ response_type: 'ephemeral', ...slackMessage(reply) });
    await uploadFiles(client, command.user_id, replies);
  });

  // Buttons: the value is the action.
  app.action(/^harbour:/, async ({ ack, body, action, client, context }) => {
    await ack();
    if (action.type !== 'button' || !action.value || !body.user.id) return;
    const channel = 'channel' in body && body.channel?.id ? body.channel.id : body.user.id;
    const replies = await handle(client, context.teamId ?? body.user.team_id ?? '', body.user.id, channel, { action: action.value });
    await post(client, channel, replies);
  });

  // The Home tab: check-in settings, progress and privacy controls, as buttons.
  app.event('app_home_opened', async ({ event, client, context }) => {
    if (event.tab !== 'home') return;
    const [summary] = await handle(client, context.teamId ?? '', event.user, event.user, { action: 'intent:overview' });
    const home: Reply = {
      text: summary?.text ?? '',
      buttons: [
        [
          { label: en.slack.homeCheckin, action: 'intent:checkin' },
          { label: en.slack.homeMeetings, action: 'intent:meetings' },
        ],
        [
          { label: en.slack.homePrivacy, action: 'intent:privacy' },
          { label: en.slack.homeData, action: 'intent:mydata' },
          { label: en.slack.homeForget, action: 'intent:forget' },
        ],
      ],
    };
    await client.views.publish({ user_id: event.user, view: { type: 'home', blocks: slackMessage(home).blocks } });
  });

  app.error(async (error) => options.onError?.(error));
  return app;
}

/** Posts the replies in order (in a thread when given), then uploads any files. */
export async function post(client: WebClient, channel: string, replies: Reply[], threadTs?: string): Promise<void> {
  for (const reply of replies) await client.chat.postMessage({ channel, ...slackMessage(reply), ...(threadTs ? { thread_ts: threadTs } : {}), unfurl_links: false });
  await uploadFiles(client, channel, replies, threadTs);
}

async function uploadFiles(client: WebClient, channel: string, replies: Reply[], threadTs?: string): Promise<void> {
  for (const { file } of replies) {
    if (!file) continue;
    const content = Buffer.from(file.content, file.encoding === 'base64' ? 'base64' : 'utf8');
    if (threadTs) await client.files.uploadV2({ channel_id: channel, thread_ts: threadTs, file: content, filename: file.name });
    else await client.files.uploadV2({ channel_id: channel, file: content, filename: file.name });
  }
}
