/** A Reply as Block Kit: mrkdwn sections (escaped) and buttons as actions blocks carrying the action as their value. */
import type { types } from '@slack/bolt';
import type { Reply } from '../../core/inbound.ts';
import { toSlackMrkdwn } from './render.ts';

/** Slack's limit on a section's text, kept a little under. */
const MAX_SECTION = 2900;

type KnownBlock = types.KnownBlock;

export type SlackMessage = { text: string; blocks: KnownBlock[] };

export function slackMessage(reply: Reply): SlackMessage {
  const text = toSlackMrkdwn(reply.text);
  const blocks: KnownBlock[] = sections(text).map((chunk) => ({ type: 'section', text: { type: 'mrkdwn', text: chunk } }));
  const buttons = (reply.buttons ?? []).flat().slice(0, 25);
  if (buttons.length) {
    blocks.push({
      type: 'actions',
      elements: buttons.map((b, i) => ({ type: 'button', action_id: `harbour:${i}`, text: { type: 'plain_text', text: b.label.slice(0, 75), emoji: true }, value: b.action })),
    });
  }
  // `text` is the notification and accessibility fallback: the same words, plain.
  return { text: text.slice(0, 3000), blocks };
}

function sections(text: string): string[] {
  if (text.length <= MAX_SECTION) return [text];
  const out: string[] = [];
  let current = '';
  for (const paragraph of text.split('\n\n')) {
    if (current && current.length + paragraph.length + 2 > MAX_SECTION) {
      out.push(current);
      current = '';
    }
    current = current ? `${current}\n\n${paragraph}` : paragraph;
    while (current.length > MAX_SECTION) {
      out.push(current.slice(0, MAX_SECTION));
      current = current.slice(MAX_SECTION);
    }
  }
  if (current) out.push(current);
  return out;
}
