/**
 * Sends Harbour's unprompted messages (check-ins, reminders, a channel's daily post) to Slack:
 * one message a second per channel, as Slack asks; the Web API client itself waits out a 429's
 * Retry-After. Someone who left the workspace, or a channel Harbour was removed from, is a
 * permanent failure: the scheduler stops their check-ins.
 */
import { WebClient } from '@slack/web-api';
import type { Reply } from '../../core/inbound.ts';
import { PermanentFailure } from '../../db/outbox.ts';
import { post } from './app.ts';

const GONE = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive', 'user_not_found', 'user_disabled', 'team_access_not_granted', 'invalid_auth', 'token_revoked']);

export function slackSender(token: string, options: { slackApiUrl?: string | undefined; perChannelMs?: number; client?: WebClient } = {}) {
  const client = options.client ?? new WebClient(token, options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {});
  const perChannel = options.perChannelMs ?? 1000;
  const nextForChannel = new Map<string, number>();

  /** Waits for the channel's turn: a second after its last message was answered (and so had arrived). */
  async function turn(channel: string): Promise<void> {
    const now = performance.now();
    const at = nextForChannel.get(channel) ?? 0;
    if (nextForChannel.size > 10_000) for (const [c, t] of nextForChannel) if (t < now) nextForChannel.delete(c);
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
  }

  return {
    client,
    async send(channel: string, replies: Reply[]): Promise<void> {
      try {
        for (const reply of replies) {
          await turn(channel);
          try {
            await post(client, channel, [reply]);
          } finally {
            nextForChannel.set(channel, performance.now() + perChannel);
          }
        }
      } catch (error) {
        const code = (error as { data?: { error?: string } }).data?.error;
        if (code && GONE.has(code)) throw new PermanentFailure(code);
        throw error;
      }
    },
  };
}
