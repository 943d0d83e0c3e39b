/** Finds the time of day a member means: "morning", "after 7", "before 10am", "at 19:30". */

/** A window of start times, in minutes after local midnight: from ≤ start < to. A window past
 * midnight runs on beyond 1440 ("night" is 20:00 to 05:00, so 1200 to 1740). */
export type TimeWanted = { label: string; from: number; to: number };

const DAY = 24 * 60;

/** Parts of the day follow the meeting finders' convention (12 Step Meeting List): morning
 * 04:00–11:59, midday 11:00–16:59, evening 16:00–20:59, night 20:00–04:59. */
const PARTS: [RegExp, TimeWanted][] = [
  [/\b(early morning)\b/, { label: 'early in the morning', from: 4 * 60, to: 9 * 60 }],
  [/\b(morning|mornings|am meeting|breakfast)\b/, { label: 'in the morning', from: 4 * 60, to: 12 * 60 }],
  [/\b(lunchtime|lunch time|lunch|midday|noon|afternoon|afternoons)\b/, { label: 'in the afternoon', from: 11 * 60, to: 17 * 60 }],
  [/\b(tonight)\b/, { label: 'tonight', from: 16 * 60, to: DAY + 5 * 60 }],
  [/\b(evening|evenings|after work)\b/, { label: 'in the evening', from: 16 * 60, to: 21 * 60 }],
  [/\b(night|late|late night|nights)\b/, { label: 'at night', from: 20 * 60, to: DAY + 5 * 60 }],
];

/** Whether a start time (minutes after midnight) falls in the window. */
export function inWindow(start: number, window: { from: number; to: number }): boolean {
  return (start >= window.from && start < window.to) || (start + DAY >= window.from && start + DAY < window.to);
}

const CLOCK = /\b(after|from|before|by|at|around|about|for|starting)?\s*(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|o'?clock)?\b/g;

/** The time window named in `normalised` text, or null. Bare hours read as pm (most
 * meetings are in the evening) unless it says morning; the reply says back what it understood. */
export function parseTime(normalised: string): TimeWanted | null {
  const morning = /\bmorning\b/.test(normalised);
  for (const m of normalised.matchAll(CLOCK)) {
    const [, word, h, min, suffix] = m;
    // A bare number with neither a time word nor am/pm/minutes is a count ("3 days"), not a time.
    if (!word && !suffix && min === undefined) continue;
    if (word === 'for' && !suffix && min === undefined) continue;
    let hour = Number(h);
    const minute = min === undefined ? 0 : Number(min);
    if (hour > 23 || minute > 59) continue;
    const half = suffix?.startsWith('p') ? 'pm' : suffix?.startsWith('a') ? 'am' : undefined;
    const bare = !half && hour >= 1 && hour <= 11 && !morning;
    if ((half === 'pm' || (bare && (min === undefined || hour <= 7))) && hour < 12) hour += 12;
    if (half === 'am' && hour === 12) hour = 0;
    const at = hour * 60 + minute;
    const shown = clock(at);
    if (word === 'before' || word === 'by') return { label: `before ${shown}`, from: 0, to: at };
    if (word === 'at' || word === 'around' || word === 'about') return { label: `around ${shown}`, from: Math.max(0, at - 30), to: Math.min(24 * 60, at + 31) };
    return { label: `from ${shown}`, from: at, to: 24 * 60 };
  }
  for (const [pattern, wanted] of PARTS) if (pattern.test(normalised)) return wanted;
  return null;
}

/** 19:30 → "7:30pm", 9:00 → "9am". */
export function clock(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${m ? `:${String(m).padStart(2, '0')}` : ''}${h < 12 ? 'am' : 'pm'}`;
}
