import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeedError } from '../../src/feeds/feed.ts';
import { parseMeetingGuide } from '../../src/feeds/meeting-guide.ts';
import { fixture, hasSharedData, NO_SHARED_DATA, sharedFile } from '../support/shared-data.ts';

const options = { fellowship: 'AA', timezone: 'Europe/London' };
const feed = parseMeetingGuide(JSON.parse(readFileSync(fixture('meeting-guide.json'), 'utf8')), options);
const bySlug = (id: string) => feed.meetings.find((m) => m.sourceId === id);

describe('Meeting Guide feeds', () => {
  it('reads day 0 as Sunday, HH:MM times, end times as a duration, and string numbers', () => {
    expect(bySlug('headingley-serenity')).toMatchObject({ weekday: 2, start: 19 * 60 + 30, duration: 90, latitude: 53.8195, longitude: -1.577, postcode: 'LS6 3AA', attendance: 'in_person' });
    expect(bySlug('online-sunrise')).toMatchObject({ weekday: 7, start: 7 * 60, duration: 60 });
  });
  it('turns a meeting on several days into one row per day, and types given as a string into codes', () => {
    expect(['17#1', '17#3', '17#5'].map((id) => bySlug(id)?.weekday)).toEqual([1, 3, 5]);
    expect(bySlug('17#1')).toMatchObject({ types: ['C', 'W'], postcode: 'LS6 2AB' });
  });
  it('works out attendance: approximate + link is online, TC alone is inactive, address + link is hybrid', () => {
    expect(bySlug('online-sunrise')).toMatchObject({ attendance: 'online', onlinePhone: '+441314601196,,123456789#' });
    expect(bySlug('closed-works')?.attendance).toBe('inactive');
    expect(bySlug('hybrid-hope')).toMatchObject({ attendance: 'hybrid', onlineUrl: 'https://meet.google.com/abc-defg-hij' });
  });
  it('drops links that do not point at a known meeting provider', () => {
    expect(bySlug('dodgy')).toMatchObject({ onlineUrl: null, attendance: 'in_person' });
  });
  it('skips invalid records with reasons, keeping the valid ones (and the first of a repeated slug)', () => {
    expect(feed.meetings.map((m) => m.sourceId)).not.toContain('appt');
    expect(feed.invalid).toBe(6);
    expect(feed.reasons.join('\n')).toMatch(/by appointment/);
    expect(feed.reasons.join('\n')).toMatch(/time "25:61" is not a time/);
    expect(feed.reasons.join('\n')).toMatch(/day 9 is not 0–6/);
    expect(bySlug('headingley-serenity')?.name).toBe('Headingley Serenity');
  });
  it('rejects whole anything that is not a feed', () => {
    expect(() => parseMeetingGuide({ meetings: [] }, options)).toThrow(FeedError);
    expect(() => parseMeetingGuide([1, 'two', null], options)).toThrow(/none of its 3 records/);
  });
  it.skipIf(!hasSharedData)(`reads the real Michigan demo feed (${NO_SHARED_DATA})`, () => {
    const real = parseMeetingGuide(JSON.parse(readFileSync(sharedFile('meeting-guide-michigan-demo.json'), 'utf8')), { fellowship: 'AA', timezone: 'America/Detroit' });
    expect(real.meetings).toHaveLength(46);
    expect(real.invalid).toBe(0);
    expect(real.meetings.every((m) => m.latitude !== null && m.timezone === 'America/Detroit')).toBe(true);
  });
});
