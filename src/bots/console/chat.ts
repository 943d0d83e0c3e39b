/** The interactive terminal chat: type to Harbour, pick buttons by number. */
import { createInterface } from 'node:readline/promises';
import type { Core } from '../../core/handle.ts';
import type { Button } from '../../core/inbound.ts';
import type { ConsoleIdentity } from './json-lines.ts';
import { numberedButtons, renderReplies } from './render.ts';

export async function runChat(core: Core, who: ConsoleIdentity, input: NodeJS.ReadableStream, output: NodeJS.WritableStream & { isTTY?: boolean }): Promise<void> {
  const ansi = output.isTTY === true;
  const rl = createInterface({ input, output, terminal: ansi });
  const base = { channel: 'console' as const, user: who.user, chat: who.user, ...(who.timezone ? { timezone: who.timezone } : {}) };
  let buttons: Button[] = [];
  const show = async (replies: Awaited<ReturnType<Core['handle']>>) => {
    buttons = numberedButtons(replies);
    output.write(`\n${renderReplies(replies, ansi)}\n\n`);
  };
  await show(await core.handle({ ...base, action: 'intent:start' }));
  output.write('(Type a message, a number to pick a choice, or "quit" to leave.)\n');
  rl.setPrompt('you> ');
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (/^(quit|exit|\/quit)$/i.test(text)) break;
    const picked = /^\d{1,2}$/.test(text) ? buttons[Number(text) - 1] : undefined;
    await show(await core.handle(picked ? { ...base, action: picked.action } : { ...base, text: line }));
    rl.prompt();
  }
  rl.close();
}
