/** The time of day a member wants their check-in: "7:30am", "19:00", "8", "8pm", "half 7", "noon". */

/**
 * Minutes after local midnight, or null when the text names no time of day. Answering "what
 * time?", a bare "8" is a time; in any other message only something that looks like one
 * ("8am", "19:00", "at 8") counts, so "I'm 3 days sober" is never read as 3am.
 */
export function parseCheckinTime(text: string, answeringWhen = true): number | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!answeringWhen && !/\b(noon|midday)\b|\bhalf (past )?\d|\d[:.h]\d\d|\d\s*(am|pm|a\.m\.|p\.m\.)|\b(at|for|to) \d/.test(t)) return null;
  if (/\b(noon|midday)\b/.test(t)) return 12 * 60;
  const half = /\bhalf (past )?(\d{1,2})\b/.exec(t);
  if (half) return clockOf(Number(half[2]), 30, /pm|evening|night/.test(t) ? 'pm' : /am|morning/.test(t) ? 'am' : undefined);
  const m = /\b(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?=\s|$|[!?.,])/.exec(t);
  if (!m) return null;
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const suffix = m[3]?.startsWith('a') ? 'am' : m[3]?.startsWith('p') ? 'pm' : /\b(evening|night|tonight)\b/.test(t) ? 'pm' : /\bmorning\b/.test(t) ? 'am' : undefined;
  return clockOf(Number(m[1]), minute, suffix);
}

function clockOf(hour: number, minute: number, suffix: 'am' | 'pm' | undefined): number | null {
  if (minute > 59) return null;
  if (suffix) {
    if (hour < 1 || hour > 12) return null;
    const h = (hour % 12) + (suffix === 'pm' ? 12 : 0);
    return h * 60 + minute;
  }
  if (hour > 23) return null;
  return hour * 60 + minute;
}
