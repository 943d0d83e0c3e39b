/**
 * Button payloads. Kept short (Telegram allows 64 bytes) and parsed in one place, so a stale
 * or forged payload is just "unknown", never an error.
 */

import { MOODS, type Mood } from '../checkins/daily-message.ts';

export type Action =
  | { kind: 'intent'; intent: string }
  | { kind: 'about'; code: string }
  | { kind: 'aspect'; intent: string; code: string }
  | { kind: 'compare'; codes: string[] }
  | { kind: 'meetings'; code: string }
  | { kind: 'forget'; confirmed: boolean }
  | { kind: 'safe' }
  | { kind: 'region'; region: string }
  | { kind: 'sober-reset' }
  | { kind: 'meeting'; id: number }
  | { kind: 'calendar'; id: number }
  | { kind: 'remind'; id: number }
  | { kind: 'checkin'; what: string }
  | { kind: 'mood'; mood: Mood; day: string }
  | { kind: 'more' }
  | { kind: 'online' };

export const action = {
  intent: (intent: string) => `intent:${intent}`,
  about: (code: string) => `about:${code}`,
  aspect: (intent: string, code: string) => `aspect:${intent}:${code}`,
  compare: (a: string, b: string) => `compare:${a}:${b}`,
  meetings: (code: string) => `meetings:${code}`,
  forget: (confirmed: boolean) => `forget:${confirmed ? 'yes' : 'no'}`,
  safe: 'safe',
  region: (region: string) => `region:${region}`,
  soberReset: 'sober:reset',
  meeting: (id: number) => `meeting:${id}`,
  calendar: (id: number) => `calendar:${id}`,
  remind: (id: number) => `remind:${id}`,
  checkin: (what: string) => `checkin:${what}`,
  moreMeetings: 'more',
  onlineMeetings: 'online',
};

const ID = /^[1-9]\d{0,14}$/;

const NAME = /^[a-z_]{1,40}$/;
const CODE = /^[A-Z][A-Z0-9-]{0,19}$/;

/** The action a payload names, or null for anything unknown or malformed. */
export function parseAction(payload: string): Action | null {
  const [kind, a = '', b = '', ...rest] = payload.split(':');
  if (rest.length) return null;
  switch (kind) {
    case 'intent':
      return NAME.test(a) && !b ? { kind, intent: a } : null;
    case 'about':
      return CODE.test(a) && !b ? { kind, code: a } : null;
    case 'meetings':
      return CODE.test(a) && !b ? { kind, code: a } : null;
    case 'aspect':
      return NAME.test(a) && CODE.test(b) ? { kind, intent: a, code: b } : null;
    case 'compare':
      return CODE.test(a) && CODE.test(b) ? { kind, codes: [a, b] } : null;
    case 'safe':
      return a ? null : { kind };
    case 'sober':
      return a === 'reset' && !b ? { kind: 'sober-reset' } : null;
    case 'region':
      return /^[A-Z]{2}$/.test(a) && !b ? { kind, region: a } : null;
    case 'forget':
      return (a === 'yes' || a === 'no') && !b ? { kind, confirmed: a === 'yes' } : null;
    case 'meeting':
    case 'calendar':
    case 'remind':
      return ID.test(a) && !b ? { kind, id: Number(a) } : null;
    case 'checkin': {
      const what = [a, b].filter(Boolean).join(':');
      return /^(at:\d{1,4}|change|pause:\d{1,2}|resume|stop|track:(on|off))$/.test(what) ? { kind, what } : null;
    }
    case 'mood':
      return (MOODS as readonly string[]).includes(a) && /^\d{4}-\d{2}-\d{2}$/.test(b) ? { kind, mood: a as Mood, day: b } : null;
    case 'more':
    case 'online':
      return a ? null : { kind };
    default:
      return null;
  }
}
