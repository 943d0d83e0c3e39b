/** Harbour's replies as Telegram calls: HTML text with inline keyboards, a location keyboard, venues, files. */
import { InputFile, type Api } from 'grammy';
import type { InlineKeyboardMarkup, ReplyKeyboardMarkup } from 'grammy/types';
import type { Reply } from '../../core/inbound.ts';
import { en } from '../../core/text/en.ts';
import { telegramMessages } from './message.ts';


/** Sends the replies in order; with `edit`, the first text replaces that message (paging). */
export async function sendReplies(api: Api, chatId: string, replies: Reply[], edit?: { messageId: number }): Promise<void> {
  let editing = edit;
  for (const reply of replies) {
    const messages = telegramMessages(reply);
    for (const [i, message] of messages.entries()) {
      const inline: InlineKeyboardMarkup | undefined = message.keyboard ? { inline_keyboard: message.keyboard } : undefined;
      const last = i === messages.length - 1;
      if (editing) {
        await api.editMessageText(chatId, editing.messageId, message.text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...(inline ? { reply_markup: inline } : {}) });
        editing = undefined;
        continue;
      }
      // One keyboard per message: the location keyboard goes on the text, inline buttons follow.
      const askLocation: ReplyKeyboardMarkup | undefined =
        reply.askLocation && last ? { keyboard: [[{ text: en.telegram.shareLocation, request_location: true }]], resize_keyboard: true, one_time_keyboard: true } : undefined;
      await api.sendMessage(chatId, message.text, {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(askLocation ? { reply_markup: askLocation } : inline ? { reply_markup: inline } : {}),
      });
      if (askLocation && inline) await api.sendMessage(chatId, en.telegram.orPick, { reply_markup: inline });
    }
    if (reply.venue) await api.sendVenue(chatId, reply.venue.latitude, reply.venue.longitude, reply.venue.title, reply.venue.address || ' ');
    if (reply.file) {
      const file = reply.file;
      const data = new InputFile(Buffer.from(file.content, file.encoding === 'base64' ? 'base64' : 'utf8'), file.name);
      if (file.mime === 'image/png') await api.sendPhoto(chatId, data);
      else await api.sendDocument(chatId, data);
    }
  }
}
