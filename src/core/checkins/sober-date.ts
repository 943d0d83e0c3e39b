/** Reads a sober date from what a member says: "sober since 3 March", "clean date 2024-05-01", "dry since 01/05/2024". */
import { DateTime } from 'luxon';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const CUE = /\b(sober|clean|dry|abstinent|sobriety|clean date|sober date|quit|stopped|gave up|last drink|last drank|last used|(have not|haven'?t|not) (drunk|drank|used|had a drink))\b/;

/** The date (YYYY-MM-DD) a statement gives as the start of sober time, relative to `today`; null if none. */
export function parseSoberDate(normalised: string, today: DateTime): string | null {
  if (!CUE.test(normalised)) return null;
  const date = dateIn(normalised, today);
  if (!date || !date.isValid || date > today.startOf('day') || date < today.minus({ years: 80 })) return null;
  return date.toISODate();
}

function dateIn(text: string, today: DateTime): DateTime | null {
  const iso = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(text);
  if (iso) return DateTime.fromObject({ year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }, { zone: today.zone });
  // British order: day/month/year.
  const numeric = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})\b/.exec(text);
  if (numeric) {
    const year = Number(numeric[3]) < 100 ? 2000 + Number(numeric[3]) : Number(numeric[3]);
    return DateTime.fromObject({ year, month: Number(numeric[2]), day: Number(numeric[1]) }, { zone: today.zone });
  }
  // "3 March 2024", "3rd of March", then "March 3rd, 2024".
  const patterns = [/\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]{3,9})\b(?: (\d{4}))?/g, /\b([a-z]{3,9}) (\d{1,2})(?:st|nd|rd|th)?\b(?:,? (\d{4}))?/g];
  for (const [index, pattern] of patterns.entries()) {
    for (const m of text.matchAll(pattern)) {
      const day = Number(index === 0 ? m[1] : m[2]);
      const word = (index === 0 ? m[2] : m[1]) ?? '';
      // A month's name or the start of it ("mar", "sept"), not any word sharing three letters.
      const month = MONTHS.findIndex((name) => name.startsWith(word)) + 1;
      if (month === 0) continue;
      const yearText = m[3];
      const guess = DateTime.fromObject({ year: yearText ? Number(yearText) : today.year, month, day }, { zone: today.zone });
      // "since 3 March" without a year means the most recent 3 March.
      return !yearText && guess > today ? guess.minus({ years: 1 }) : guess;
    }
  }
  if (/\byesterday\b/.test(text)) return today.minus({ days: 1 }).startOf('day');
  if (/\btoday\b/.test(text)) return today.startOf('day');
  const ago = /\b(\d{1,3}) (day|days|week|weeks|month|months|year|years) ago\b/.exec(text);
  if (ago) return today.minus({ [ago[2]?.replace(/s$/, '') ?? 'day']: Number(ago[1]) }).startOf('day');
  return null;
}
