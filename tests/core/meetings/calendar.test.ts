import { describe, expect, it } from 'vitest';
import { meetingCalendar } from '../../../src/core/meetings/calendar.ts';
import type { Meeting } from '../../../src/core/meetings/meeting.ts';

const meeting: Meeting = {
  id: 7, source: 'leeds', sourceId: 'serenity', fellowship: 'AA', name: 'Serenity, Headingley; upstairs', weekday: 2, start: 19 * 60 + 30, duration: 90,
  timezone: 'Europe/London', types: ['O'], attendance: 'in_person', venue: 'Hall', address: '1 Road', postcode: 'LS6 3AA', town: 'Leeds', region: null,
  latitude: 53.8, longitude: -1.55, onlineUrl: null, onlinePhone: null, notes: null, updatedAt: '2026-11-25T00:00:00Z', demo: false,
};

describe('the calendar file', () => {
  const ics = meetingCalendar(meeting, new Date('2026-11-25T12:00:00Z'), { description: 'AA meeting.', location: 'Hall, 1 Road' });
  const unfolded = ics.replace(/\r\n /g, '');
  it('repeats weekly on the meeting day, at local time in the meeting zone, for its length', () => {
    expect(unfolded).toMatch(/\r\nDTSTART;TZID=Europe\/London:20261201T193000\r\n/);
    expect(unfolded).toMatch(/\r\nRRULE:FREQ=WEEKLY;BYDAY=TU\r\n/);
    expect(unfolded).toMatch(/\r\nDURATION:PT90M\r\n/);
  });
  it('describes the zone with its clock changes', () => {
    expect(unfolded).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/London/);
    expect(unfolded).toMatch(/BEGIN:DAYLIGHT\r\nDTSTART:20270328T010000\r\nTZOFFSETFROM:\+0000\r\nTZOFFSETTO:\+0100/);
    expect(unfolded).toMatch(/BEGIN:STANDARD\r\nDTSTART:20271031T020000\r\nTZOFFSETFROM:\+0100\r\nTZOFFSETTO:\+0000/);
  });
  it('escapes text and folds long lines', () => {
    expect(unfolded).toMatch(/SUMMARY:Serenity\\, Headingley\\; upstairs/);
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });
  it('says a demo meeting is made up', () => {
    expect(meetingCalendar({ ...meeting, demo: true }, new Date(), { description: 'x', location: null })).toMatch(/made-up demo meeting/);
  });
});
