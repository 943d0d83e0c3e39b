/**
 * Logging with pino, to stderr. Never message text, at any level: log events, intents and
 * hashed member ids only, so logs hold no health data and no one can be picked out.
 */
import { createHash } from 'node:crypto';
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ['text', '*.text', 'message', '*.message'], censor: '[message text withheld]' },
      // Errors from the platforms carry the request they failed on (a grammY error's `payload`
      // is the message being sent): only the kind, the message and the code are kept.
      serializers: { err: safeError },
    },
    destination,
  );
}

/** An error as logs may hold it: never its payload, request or response. */
export function safeError(error: unknown): { type: string; message: string; code?: string | number } {
  if (!(error instanceof Error)) return { type: typeof error, message: 'non-error thrown' };
  const { error_code: telegramCode, code } = error as Error & { error_code?: number; code?: string | number };
  const found = telegramCode ?? code;
  return { type: error.name, message: error.message.slice(0, 300), ...(found === undefined ? {} : { code: found }) };
}

/** A member id that can be followed through the logs but not traced back to a person. */
export function hashedId(memberId: string): string {
  return createHash('sha256').update(`harbour:${memberId}`).digest('hex').slice(0, 12);
}
