/**
 * The JSON-lines channel (DESIGN.md): one JSON `Inbound` or plain line in, one
 * `{"replies": [...]}` line out, in order, flushed after each.
 */
import { createInterface } from 'node:readline';
import type { Core } from '../../core/handle.ts';
import type { Inbound } from '../../core/inbound.ts';

export type ConsoleIdentity = { user: string; timezone?: string };

const INVALID_JSON = "Sorry, I couldn't read that line: it starts like JSON but isn't valid JSON. Send one JSON object per line, or plain text.";
const NOT_AN_OBJECT = 'Sorry, each JSON line must be an object such as {"text": "hello"}.';

/** The Inbound a line stands for, or the error to answer with. */
export function parseLine(line: string, who: ConsoleIdentity): Inbound | { error: string } {
  const base: Inbound = { channel: 'console', user: who.user, chat: who.user, ...(who.timezone ? { timezone: who.timezone } : {}) };
  const trimmed = line.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return { ...base, text: line };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return { error: INVALID_JSON };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: NOT_AN_OBJECT };
  const v = value as Record<string, unknown>;
  const inbound: Inbound = { ...base };
  if (typeof v['user'] === 'string' && v['user']) inbound.user = scopedConsoleUser(v['user']);
  inbound.chat = typeof v['chat'] === 'string' && v['chat'] ? v['chat'] : inbound.user;
  if (typeof v['text'] === 'string') inbound.text = v['text'];
  if (typeof v['action'] === 'string') inbound.action = v['action'];
  if (typeof v['timezone'] === 'string') inbound.timezone = v['timezone'];
  const loc = v['location'] as Record<string, unknown> | undefined;
  if (loc && typeof loc['lat'] === 'number' && typeof loc['lon'] === 'number') inbound.location = { lat: loc['lat'], lon: loc['lon'] };
  return inbound;
}

/** Console ids are scoped like every platform's: 'console:alice'. */
export function scopedConsoleUser(user: string): string {
  return user.startsWith('console:') ? user : `console:${user}`;
}

/** Answers every line of `input` on `output` until the input ends. */
export async function runJsonLines(core: Core, who: ConsoleIdentity, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    const parsed = parseLine(line, who);
    const replies = 'error' in parsed ? [{ text: parsed.error }] : await core.handle(parsed);
    await new Promise<void>((resolve, reject) => output.write(`${JSON.stringify({ replies })}\n`, (e) => (e ? reject(e) : resolve())));
  }
}
