/** A Telegram update as Harbour's Inbound: translation only. */
import type { Context } from 'grammy';
import type { Inbound } from '../../core/inbound.ts';

/** The Inbound for a message or a button press, or null for updates Harbour does not answer. */
export function inboundFrom(ctx: Context): Inbound | null {
  const from = ctx.from;
  const chat = ctx.chat;
  if (!from || !chat || from.is_bot) return null;
  const base = { channel: 'telegram' as const, user: `tg:${from.id}`, chat: String(chat.id) };
  const data = ctx.callbackQuery?.data;
  if (data !== undefined) return { ...base, action: data };
  const message = ctx.message;
  if (!message) return null;
  // A venue is a place too; a live location counts once, as it starts.
  const point = message.venue?.location ?? message.location;
  if (point) return { ...base, location: { lat: point.latitude, lon: point.longitude } };
  if (typeof message.text === 'string') return { ...base, text: message.text };
  return null;
}
