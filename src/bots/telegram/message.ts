/** A Reply as Telegram messages: HTML text (split under Telegram's 4,096 limit) with an inline keyboard on the last part. */
import type { InlineKeyboardButton } from 'grammy/types';
import type { Reply } from '../../core/inbound.ts';
import { toTelegramHtml } from './render.ts';

/** Telegram's limit on a message's text, after entity parsing; kept a little under. */
const MAX_TEXT = 4000;

export type TelegramText = { text: string; keyboard: InlineKeyboardButton[][] | null };

export function telegramMessages(reply: Reply): TelegramText[] {
  const parts = splitText(reply.text);
  const keyboard = reply.buttons?.length ? reply.buttons.map((row) => row.map((b) => ({ text: b.label.slice(0, 64), callback_data: b.action.slice(0, 64) }))) : null;
  return parts.map((part, i) => ({ text: toTelegramHtml(part), keyboard: i === parts.length - 1 ? keyboard : null }));
}

/** Splits at paragraph breaks, else at a line break or space, else hard. */
function splitText(text: string): string[] {
  if (text.length <= MAX_TEXT) return [text];
  const parts: string[] = [];
  let current = '';
  for (const paragraph of text.split('\n\n')) {
    const piece = current ? `${current}\n\n${paragraph}` : paragraph;
    if (piece.length <= MAX_TEXT) {
      current = piece;
      continue;
    }
    if (current) parts.push(current);
    current = paragraph;
    while (current.length > MAX_TEXT) {
      const cut = current.lastIndexOf('\n', MAX_TEXT) > MAX_TEXT / 2 ? current.lastIndexOf('\n', MAX_TEXT) : current.lastIndexOf(' ', MAX_TEXT) > MAX_TEXT / 2 ? current.lastIndexOf(' ', MAX_TEXT) : MAX_TEXT;
      parts.push(current.slice(0, cut));
      current = current.slice(cut).trimStart();
    }
  }
  if (current) parts.push(current);
  return parts;
}
