/**
 * Logging with pino, to stderr. Never message text, at any level: log events, intents and
 * hashed member ids only, so logs hold no health data and no one can be picked out.
 */
import { createHash } from 'node:crypto';
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino({ level, base: undefined, redact: { paths: ['text', '*.text', 'message', '*.message'], censor: '[message text withheld]' } }, destination);
}

/** A member id that can be followed through the logs but not traced back to a person. */
export function hashedId(memberId: string): string {
  return createHash('sha256').update(`harbour:${memberId}`).digest('hex').slice(0, 12);
}
