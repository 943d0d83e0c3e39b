/** Finds which day a member means: "tonight", "tomorrow", "sat", "this weekend", "now". */
import type { DateTime } from 'luxon';

/** The days wanted, as ISO weekdays (1 = Monday … 7 = Sunday) from the member's today. */
export type DayWanted = {
  /** How to say it back: "today", "tomorrow", "Saturday", "this weekend", "right now". */
  label: string;
  weekdays: number[];
  /** Set for "now": meetings starting soon or under way. */
  now?: boolean;
  /** "tonight" also says evening. */
  evening?: boolean;
};

const WEEKDAYS: [RegExp, number, string][] = [
  [/^(mon|monday|mondays)$/, 1, 'Monday'],
  [/^(tue|tues|tuesday|tuesdays|teusday)$/, 2, 'Tuesday'],
  [/^(wed|weds|wednesday|wednesdays|wensday|wendsday|wednsday)$/, 3, 'Wednesday'],
  [/^(thu|thur|thurs|thursday|thursdays|thrusday)$/, 4, 'Thursday'],
  [/^(fri|friday|fridays)$/, 5, 'Friday'],
  [/^(sat|saturday|saturdays|satuday)$/, 6, 'Saturday'],
  [/^(sun|sunday|sundays)$/, 7, 'Sunday'],
];

/** The day named in `normalised` text, relative to `today` in the member's zone; null if none. */
export function parseDay(normalised: string, today: DateTime): DayWanted | null {
  const text = ` ${normalised.replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const tomorrow = today.plus({ days: 1 }).weekday;
  if (/ (right now|now|asap|at the moment|starting soon|soon) /.test(text)) return { label: 'right now', weekdays: [today.weekday], now: true };
  if (/ (tonight|this evening) /.test(text)) return { label: 'tonight', weekdays: [today.weekday], evening: true };
  if (/ (tomorrow|tomorrow night|tomorrow morning) /.test(text)) return { label: 'tomorrow', weekdays: [tomorrow] };
  if (/ (today|this afternoon|this morning|later) /.test(text)) return { label: 'today', weekdays: [today.weekday] };
  if (/ (weekend|the weekend|wkend|weekends) /.test(text)) return { label: 'this weekend', weekdays: [6, 7] };
  for (const token of text.trim().split(' ')) {
    for (const [pattern, weekday, name] of WEEKDAYS) {
      // "sat" and "sun" are ordinary words too; only count them beside a cue.
      if (pattern.test(token) && (token.length > 3 || cuedShortDay(text, token))) return { label: name, weekdays: [weekday] };
    }
  }
  return null;
}

function cuedShortDay(text: string, token: string): boolean {
  if (!['sat', 'sun', 'wed'].includes(token)) return true;
  return new RegExp(` (on|this|next|for|meeting|meetings|any|every) ${token} | ${token} (morning|afternoon|evening|night|meeting|meetings)? ?$`).test(text);
}
