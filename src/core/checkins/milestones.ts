/**
 * Sober time and the milestones worth celebrating: 24 hours, a week, 30, 60 and 90 days, six
 * and nine months, every year, and 100, 500 and 1,000 days. Dates are the member's local
 * calendar dates (YYYY-MM-DD); the sober date itself is day 0.
 */
import { DateTime } from 'luxon';

/** Whole days from the sober date to `today`; null if the date is in the future or not a date. */
export function daysSober(soberDate: string, today: string): number | null {
  const from = DateTime.fromISO(soberDate, { zone: 'UTC' });
  const to = DateTime.fromISO(today, { zone: 'UTC' });
  if (!from.isValid || !to.isValid) return null;
  const days = Math.round(to.diff(from, 'days').days);
  return days >= 0 ? days : null;
}

/** The milestone `today` marks, in words ("1 week", "6 months", "2 years", "100 days"), or null. */
export function milestoneOn(soberDate: string, today: string): string | null {
  const days = daysSober(soberDate, today);
  if (days === null || days === 0) return null;
  const from = DateTime.fromISO(soberDate, { zone: 'UTC' });
  const to = DateTime.fromISO(today, { zone: 'UTC' });
  // Calendar anniversaries: the same day of the month (or the month's last day when it has none).
  const months = Math.round(to.diff(from, 'months').months);
  const anniversary = (n: number) => from.plus({ months: n }).toISODate() === today;
  if (months >= 12 && months % 12 === 0 && anniversary(months)) return months === 12 ? '1 year' : `${months / 12} years`;
  if ((months === 6 || months === 9) && anniversary(months)) return `${months} months`;
  if (days === 1) return '24 hours';
  if (days === 7) return '1 week';
  if ([30, 60, 90, 100, 500, 1000].includes(days)) return `${days} days`;
  return null;
}
