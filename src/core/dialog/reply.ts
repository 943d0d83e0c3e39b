/** Small builders for replies and their buttons. */
import type { Button, Reply } from '../inbound.ts';

/** Buttons laid out two to a row, so they stay readable on a phone. */
export function rows(buttons: Button[], perRow = 2): Button[][] {
  const out: Button[][] = [];
  for (let i = 0; i < buttons.length; i += perRow) out.push(buttons.slice(i, i + perRow));
  return out;
}

export function reply(text: string, buttons: Button[] = []): Reply {
  return buttons.length ? { text, buttons: rows(buttons) } : { text };
}
