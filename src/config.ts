/** Configuration from the environment, checked once at start with clear messages. */
import { validate } from 'node-cron';
import { z } from 'zod';

const optional = z.string().trim().min(1).optional().catch(undefined);

export const configSchema = z.object({
  DATABASE_URL: z.string().trim().min(1).default('./data/harbour.sqlite'),
  TELEGRAM_BOT_TOKEN: optional,
  TELEGRAM_API_ROOT: optional,
  /** Public HTTPS URL Telegram posts updates to; unset = long polling. */
  TELEGRAM_WEBHOOK_URL: z.url({ protocol: /^https$/ }).optional(),
  /** Secret Telegram sends with every webhook call (derived from the bot token when unset, the same on every instance). */
  TELEGRAM_WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{1,256}$/).optional(),
  SLACK_BOT_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_API_URL: optional,
  /** Many workspaces: the app's OAuth credentials (with SLACK_SIGNING_SECRET, HTTP mode). */
  SLACK_CLIENT_ID: optional,
  SLACK_CLIENT_SECRET: optional,
  /** Signs the OAuth state; any long random string. */
  SLACK_STATE_SECRET: optional,
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where the trained language model is cached between starts. */
  HARBOUR_CACHE_DIR: z.string().trim().min(1).default('./.cache'),
  /** Admins, as scoped ids separated by commas: tg:123, slack:T1:U9, console:me. */
  HARBOUR_ADMINS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((id) => id.trim()).filter(Boolean)),
  /** Members who have not written for this many days are erased. */
  HARBOUR_RETENTION_DAYS: z.coerce.number().int().min(1).default(365),
  /** Meeting feeds refreshed daily: `CODE=URL` entries separated by spaces or new lines. */
  HARBOUR_FEEDS: z
    .string()
    .default('')
    .transform((s, ctx) => {
      const feeds: { fellowship: string; url: string }[] = [];
      for (const entry of s.split(/\s+/).filter(Boolean)) {
        const m = /^([A-Za-z][A-Za-z0-9-]{0,19})=(https?:\/\/\S+)$/.exec(entry);
        if (!m?.[1] || !m[2]) {
          ctx.addIssue({ code: 'custom', message: `entry "${entry.slice(0, 60)}" is not CODE=https://…` });
          continue;
        }
        feeds.push({ fellowship: m[1].toUpperCase(), url: m[2] });
      }
      return feeds;
    }),
  /** A postcodes.io-style geocoder (e.g. https://api.postcodes.io) for postcodes no meeting has; unset = off. */
  HARBOUR_GEOCODER_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** A check-in missed by more than this many minutes (downtime) is skipped and recorded, not sent late. */
  HARBOUR_CHECKIN_WINDOW_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(180),
  /** When configured feeds are refreshed (cron, Europe/London). */
  HARBOUR_FEEDS_SCHEDULE: z
    .string()
    .default('15 4 * * *')
    .refine((s) => validate(s), { message: 'is not a cron expression' }),
  /** Where `/healthz` and `/metrics` are served while `start` runs with a platform. */
  HARBOUR_OPS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
  /** How long a claimed outbox message stays one instance's (default: 60 on PostgreSQL, 0 on SQLite). */
  HARBOUR_OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(0).max(3600).optional(),
  /** Telegram sends a second: each instance's pace, and on PostgreSQL the budget every instance
   * shares (default 30 on SQLite, 25 on PostgreSQL; Telegram allows 30). */
  HARBOUR_TELEGRAM_SENDS_PER_SECOND: z.coerce.number().int().min(1).max(10_000).optional(),
  /** How often the scheduler passes (cron, UTC; six fields allow seconds). */
  HARBOUR_TICK_SCHEDULE: z
    .string()
    .default('* * * * *')
    .refine((s) => validate(s), { message: 'is not a cron expression' }),
  /** This instance's name on the outbox rows it claims (default: host name and process id). */
  HARBOUR_INSTANCE: optional,
});

export type Config = z.infer<typeof configSchema>;

/** Reads the config, or throws one message naming every bad variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as in most shells' `VAR= command`.
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const result = configSchema.safeParse(set);
  if (!result.success) {
    throw new Error(`Configuration: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  }
  return result.data;
}
