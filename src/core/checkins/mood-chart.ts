/**
 * A small chart of check-in answers over the last days, as SVG: one column per day, tall and
 * green for good, middling and amber for okay, short and blue for struggling, a dot for no
 * answer. No text inside (fonts differ from machine to machine); the message says the words.
 */
import { DateTime } from 'luxon';

const HEIGHT: Record<string, number> = { good: 90, okay: 60, struggling: 30 };
const COLOUR: Record<string, string> = { good: '#2e7d32', okay: '#f9a825', struggling: '#1565c0' };

/** The SVG for `days` days up to `today` (local dates). */
export function moodChartSvg(moods: readonly { day: string; mood: string }[], today: string, days = 30): string {
  const byDay = new Map(moods.map((m) => [m.day, m.mood]));
  const end = DateTime.fromISO(today, { zone: 'UTC' });
  const width = 20 + days * 16;
  const columns = Array.from({ length: days }, (_, i) => {
    const day = end.minus({ days: days - 1 - i }).toISODate() ?? '';
    const mood = byDay.get(day);
    const x = 12 + i * 16;
    if (!mood || !HEIGHT[mood]) return `<circle cx="${x + 6}" cy="112" r="2" fill="#b0bec5"/>`;
    const h = HEIGHT[mood] ?? 0;
    return `<rect x="${x}" y="${115 - h}" width="12" height="${h}" rx="2" fill="${COLOUR[mood] ?? '#999'}"/>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="130" viewBox="0 0 ${width} 130">`,
    `<rect width="${width}" height="130" fill="#ffffff"/>`,
    `<line x1="8" y1="116" x2="${width - 8}" y2="116" stroke="#90a4ae" stroke-width="1"/>`,
    ...columns,
    '</svg>',
  ].join('');
}

/** Consecutive days answered, counting back from today (or yesterday, if today is not answered yet). */
export function answerStreak(moods: readonly { day: string }[], today: string): number {
  const answered = new Set(moods.map((m) => m.day));
  let day = DateTime.fromISO(today, { zone: 'UTC' });
  if (!answered.has(day.toISODate() ?? '')) day = day.minus({ days: 1 });
  let streak = 0;
  while (answered.has(day.toISODate() ?? '')) {
    streak += 1;
    day = day.minus({ days: 1 });
  }
  return streak;
}
