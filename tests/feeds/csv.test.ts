import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/feeds/csv.ts';
import { fixture, hasSharedData, NO_SHARED_DATA, sharedFile } from '../support/shared-data.ts';

const options = { fellowship: '', timezone: 'Europe/London' };
const feed = parseCsv(readFileSync(fixture('meetings.csv'), 'utf8'), options);
const byId = (id: string) => feed.meetings.find((m) => m.sourceId === id);

describe('CSV feeds', () => {
  it('reads the documented columns, weekday names, durations and quoted text', () => {
    expect(byId('csv-1')).toMatchObject({ fellowship: 'AA', weekday: 3, start: 19 * 60 + 30, duration: 90, types: ['O', 'X'], attendance: 'in_person', notes: 'Tea from 7, "all welcome"' });
    expect(byId('csv-2')).toMatchObject({ fellowship: 'SMART', weekday: 4, duration: 90, attendance: 'online', onlineUrl: 'https://zoom.us/j/5550001' });
    expect(byId('csv-3')).toMatchObject({ timezone: 'Europe/Dublin', duration: 60 });
  });
  it('skips impossible times, missing fellowships and unknown days, with reasons', () => {
    expect(feed.meetings).toHaveLength(3);
    expect(feed.invalid).toBe(3);
    expect(feed.reasons.join('\n')).toMatch(/time "31:00"/);
    expect(feed.reasons.join('\n')).toMatch(/no fellowship/);
    expect(feed.reasons.join('\n')).toMatch(/Funday/);
  });
  it('rejects whole text without the needed header', () => {
    expect(() => parseCsv('hello,world\n1,2\n', options)).toThrow(/header row with name, day and time/);
    expect(() => parseCsv('', options)).toThrow(/header row/);
  });
  it.skipIf(!hasSharedData)(`reads the Recovery Meeting Finder dump's columns (${NO_SHARED_DATA})`, () => {
    const real = parseCsv(readFileSync(sharedFile('uk-ie-meetings-2026-08.csv'), 'utf8'), options);
    expect(real.meetings.length + real.invalid).toBe(8222);
    expect(real.invalid).toBe(0);
    const irish = real.meetings.filter((m) => m.timezone === 'Europe/Dublin');
    expect(irish.length).toBeGreaterThan(1400);
    expect(new Set(real.meetings.map((m) => m.fellowship))).toEqual(new Set(['AA', 'NA', 'CA']));
    // NA meetings use NA's codes, AA's the Meeting Guide ones.
    expect(real.meetings.some((m) => m.fellowship === 'NA' && m.types.includes('BEG'))).toBe(true);
    expect(real.meetings.some((m) => m.fellowship === 'AA' && m.types.includes('BE'))).toBe(true);
  });
});
