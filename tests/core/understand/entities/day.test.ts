import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../../../src/core/understand/entities/day.ts';

// Tuesday 24 November 2026, in London.
const today = DateTime.fromISO('2026-11-24T15:00', { zone: 'Europe/London' });

describe('parseDay', () => {
  it('reads today, tonight and tomorrow from the member’s own day', () => {
    expect(parseDay('meeting today', today)).toMatchObject({ label: 'today', weekdays: [2] });
    expect(parseDay('anything tonight', today)).toMatchObject({ label: 'tonight', weekdays: [2], evening: true });
    expect(parseDay('na tomorrow morning', today)).toMatchObject({ label: 'tomorrow', weekdays: [3] });
  });
  it('wraps tomorrow from Sunday to Monday', () => {
    const sunday = DateTime.fromISO('2026-11-29T10:00', { zone: 'Europe/London' });
    expect(parseDay('tomorrow', sunday)?.weekdays).toEqual([1]);
  });
  it('reads weekday names and abbreviations', () => {
    expect(parseDay('any meetings on sat', today)?.weekdays).toEqual([6]);
    expect(parseDay('thurs evening', today)?.weekdays).toEqual([4]);
    expect(parseDay('wednesday', today)?.label).toBe('Wednesday');
  });
  it('reads the weekend and now', () => {
    expect(parseDay('this weekend', today)?.weekdays).toEqual([6, 7]);
    expect(parseDay('is there one on right now', today)).toMatchObject({ now: true });
  });
  it('does not read "sun" in a sentence about the weather as Sunday', () => {
    expect(parseDay('the sun is out', today)).toBeNull();
  });
  it('finds nothing when no day is named', () => {
    expect(parseDay('what is a sponsor', today)).toBeNull();
  });
});
