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

/** The workspace a scoped Slack id belongs to: "slack:T1:U9" and "slack:chat:T1:C9" are both T1. */
export function teamOf(memberId: string): string {
  const parts = memberId.split(':');
  return (parts[1] === 'chat' ? parts[2] : parts[1]) ?? '';
}

/** One workspace's bot token, or a lookup of each workspace's (installations, for OAuth). */
export type SlackTokens = string | ((team: string) => Promise<string>);

export function slackSender(tokens: SlackTokens, options: { slackApiUrl?: string | undefined; perChannelMs?: number } = {}) {
  const clients = new Map<string, WebClient>();
  const clientFor = async (memberId: string): Promise<WebClient> => {
    const token = typeof tokens === 'string' ? tokens : await tokens(teamOf(memberId)).catch(() => {
      throw new PermanentFailure('the workspace has uninstalled Harbour');
    });
    let client = clients.get(token);
    if (!client) {
      client = new WebClient(token, options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {});
      clients.set(token, client);
    }
    return client;
  };
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
    /** Sends to a channel on behalf of the member's workspace. */
    async send(channel: string, replies: Reply[], memberId = ''): Promise<void> {
      const client = await clientFor(memberId);
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
