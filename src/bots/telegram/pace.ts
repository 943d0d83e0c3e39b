/**
 * A grammY API transformer that keeps Harbour inside Telegram's limits before Telegram has to
 * say so: at most 30 sending calls in any second overall, and one a second per chat. Telegram
 * counts when a request arrives, which is some time after we send it; a request's completion is
 * always after its arrival, so each call waits until the one 29 calls back (and the chat's last)
 * completed a full second ago. For calls still in flight, their start plus a margin stands in.
 * Calls are also spread evenly (one every 1/30 s) rather than sent in bursts, as Telegram asks of
 * bulk messages; so a sender is in the middle of a call only a small part of the time, and a
 * crash seldom finds a message in flight (which the outbox would then send again).
 * Other calls (answerCallbackQuery, getUpdates…) pass straight through.
 */
import type { Transformer } from 'grammy';

const PACED = new Set(['sendMessage', 'sendPhoto', 'sendDocument', 'sendVenue', 'sendLocation', 'editMessageText', 'copyMessage', 'forwardMessage']);
/** How late an in-flight request may arrive after it was sent, as far as pacing assumes. */
const IN_FLIGHT_MARGIN_MS = 60;
const WINDOW_MS = 1000;

export type PaceOptions = {
  perSecond?: number;
  perChatMs?: number;
  startGapMs?: number;
  /** A budget shared with other instances (send-budget.ts), waited for after this process's own pace. */
  gate?: (() => Promise<void>) | undefined;
};

type Sent = { started: number; done?: number };

export function pace(options: PaceOptions = {}): Transformer {
  const perSecond = Math.max(1, Math.floor(options.perSecond ?? 30));
  const perChat = options.perChatMs ?? 1000;
  // Telegram counts by the second: a sender that has just started waits one out, so it never
  // adds to what a process before it (perhaps killed mid-drain) sent in the last second.
  const opened = performance.now() + (options.startGapMs ?? 1000) - WINDOW_MS;
  const recent: Sent[] = [];
  const lastForChat = new Map<string, Sent>();
  const bound = (s: Sent) => s.done ?? s.started + IN_FLIGHT_MARGIN_MS;
  const spacing = WINDOW_MS / perSecond;

  return async (prev, method, payload, signal) => {
    if (!PACED.has(method)) return prev(method, payload, signal);
    const chat = String((payload as { chat_id?: unknown }).chat_id ?? '');
    // Wait (re-checking, as other calls may start meanwhile) until both limits allow one more.
    for (;;) {
      const now = performance.now();
      const oldest = recent.length >= perSecond - 1 ? recent[recent.length - (perSecond - 1)] : undefined;
      const chatLast = lastForChat.get(chat);
      const latest = recent.at(-1);
      const at = Math.max(opened + WINDOW_MS, oldest ? bound(oldest) + WINDOW_MS : 0, chatLast ? bound(chatLast) + perChat : 0, latest ? latest.started + spacing : 0);
      if (at <= now) break;
      await new Promise((resolve) => setTimeout(resolve, at - now));
    }
    const sent: Sent = { started: performance.now() };
    recent.push(sent);
    if (recent.length > perSecond * 2) recent.splice(0, recent.length - perSecond * 2);
    lastForChat.set(chat, sent);
    if (lastForChat.size > 10_000) for (const [c, s] of lastForChat) if (bound(s) + perChat < sent.started) lastForChat.delete(c);
    // Reserved here before the shared wait, so no other call of ours can slip into the same place.
    if (options.gate) {
      await options.gate();
      sent.started = performance.now();
    }
    try {
      return await prev(method, payload, signal);
    } finally {
      sent.done = performance.now();
    }
  };
}
