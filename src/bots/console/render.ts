/** Replies as terminal text: markup rendered plainly, buttons as numbered choices. */
import type { Button, Reply } from '../../core/inbound.ts';

/** **bold** becomes ANSI bold on a terminal (plain otherwise); [label](url) shows both. */
export function renderText(text: string, ansi: boolean): string {
  return text
    .replace(/\*\*(.+?)\*\*/gs, (_m, inner: string) => (ansi ? `\u001b[1m${inner}\u001b[22m` : inner))
    .replace(/\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g, '$1 ($2)');
}

/** The buttons of all replies, numbered from 1, in reading order, each action once. */
export function numberedButtons(replies: Reply[]): Button[] {
  const seen = new Set<string>();
  return replies.flatMap((r) => (r.buttons ?? []).flat()).filter((b) => !seen.has(b.action) && seen.add(b.action));
}

export function renderReplies(replies: Reply[], ansi: boolean): string {
  const blocks = replies.map((r) => {
    const parts = [renderText(r.text, ansi)];
    if (r.file) parts.push(`[file: ${r.file.name}]`);
    if (r.askLocation) parts.push('(You can type a postcode or town.)');
    return parts.join('\n');
  });
  const choices = numberedButtons(replies).map((b, i) => `  ${i + 1}) ${b.label}`);
  return [...blocks, ...(choices.length ? [choices.join('\n')] : [])].join('\n\n');
}
