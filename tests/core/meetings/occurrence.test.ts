import { describe, expect, it } from 'vitest';
import { nextStart, relativeStart, startOn } from '../../../src/core/meetings/occurrence.ts';

const london = (weekday: number, start: number) => ({ weekday, start, timezone: 'Europe/London' });

describe('when a weekly meeting happens', () => {
  it('keeps local time across the clocks going back (Sun 25 Oct 2026) and forward (Sun 28 Mar 2027)', () => {
    const sundayEvening = london(7, 19 * 60 + 30);
    expect(startOn(sundayEvening, '2026-10-18')?.toUTC().toISO()).toBe('2026-10-18T18:30:00.000Z'); // BST
    expect(startOn(sundayEvening, '2026-10-25')?.toUTC().toISO()).toBe('2026-10-25T19:30:00.000Z'); // GMT
    expect(startOn(sundayEvening, '2027-03-28')?.toUTC().toISO()).toBe('2027-03-28T18:30:00.000Z'); // BST again
  });
  it('moves a start inside the missing hour to the first real minute, and takes the first of a repeated hour', () => {
    expect(startOn(london(7, 60 + 30), '2027-03-28')?.toISO()).toBe('2027-03-28T02:30:00.000+01:00');
    expect(startOn(london(7, 60 + 30), '2026-10-25')?.toUTC().toISO()).toBe('2026-10-25T00:30:00.000Z');
  });
  it('is null on other weekdays', () => {
    expect(startOn(london(1, 600), '2026-11-25')).toBeNull();
  });
  it('finds the next start, counting one that began under ten minutes ago', () => {
    const now = new Date('2026-11-25T19:35:00Z'); // Wednesday 7:35pm in London
    expect(nextStart(london(3, 19 * 60 + 30), now).toISO()).toBe('2026-11-25T19:30:00.000+00:00');
    expect(nextStart(london(3, 19 * 60 + 20), now).toISO()).toBe('2026-12-02T19:20:00.000+00:00');
    expect(nextStart(london(4, 7 * 60), now).toISO()).toBe('2026-11-26T07:00:00.000+00:00');
  });
  it('reads a meeting in another zone at its own local time', () => {
    const ny = { weekday: 3, start: 19 * 60, timezone: 'America/New_York' };
    expect(nextStart(ny, new Date('2026-11-25T12:00:00Z')).toUTC().toISO()).toBe('2026-11-26T00:00:00.000Z');
  });
  it('says the start relative to now', () => {
    const now = new Date('2026-11-25T18:50:00Z');
    const at = (hhmm: string) => {
      const start = startOn(london(3, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3))), '2026-11-25');
      return start ? relativeStart(start, now, 'Europe/London') : 'none';
    };
    expect(at('19:30')).toBe('starts in 40 min');
    expect(at('18:45')).toBe('started 5 min ago');
    expect(at('21:15')).toBe('starts in 2 hr 25 min');
    expect(relativeStart(nextStart(london(4, 600), now), now, 'Europe/London')).toBe('tomorrow');
    expect(relativeStart(nextStart(london(6, 600), now), now, 'Europe/London')).toBe('on Saturday');
  });
});
