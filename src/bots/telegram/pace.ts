/**
 * A grammY API transformer that keeps Harbour inside Telegram's limits before Telegram has to
 * say so: sending calls are spaced to just under 30 a second overall and one a second per chat.
 * Other calls (answerCallbackQuery, getUpdates…) pass straight through.
 */
import type { Transformer } from 'grammy';

const PACED = new Set(['sendMessage', 'sendPhoto', 'sendDocument', 'sendVenue', 'sendLocation', 'editMessageText', 'copyMessage', 'forwardMessage']);

export type PaceOptions = { perSecond?: number; perChatMs?: number; startGapMs?: number };

/** Just under Telegram's 30 a second, so clock jitter never tips it over. */
const DEFAULT_PER_SECOND = 29.5;

export function pace(options: PaceOptions = {}): Transformer {
  const gap = 1000 / (options.perSecond ?? DEFAULT_PER_SECOND);
  const perChat = options.perChatMs ?? 1000;
  // Telegram counts by the second: a sender that has just started waits one out, so it never
  // adds to what a process before it (perhaps killed mid-drain) sent in the last second.
  let nextSlot = performance.now() + (options.startGapMs ?? 1000);
  const nextForChat = new Map<string, number>();
  return async (prev, method, payload, signal) => {
    if (PACED.has(method)) {
      const chat = String((payload as { chat_id?: unknown }).chat_id ?? '');
      const now = performance.now();
      const at = Math.max(now, nextSlot, nextForChat.get(chat) ?? 0);
      nextSlot = at + gap;
      nextForChat.set(chat, at + perChat);
      if (nextForChat.size > 10_000) for (const [c, t] of nextForChat) if (t < now) nextForChat.delete(c);
      if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
    }
    return prev(method, payload, signal);
  };
}
