import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBmlt } from '../../src/feeds/bmlt.ts';
import { fixture, hasSharedData, NO_SHARED_DATA, sharedFile } from '../support/shared-data.ts';

const options = { fellowship: 'NA', timezone: 'Europe/London' };
const feed = parseBmlt(JSON.parse(readFileSync(fixture('bmlt.json'), 'utf8')), options);
const byId = (id: string) => feed.meetings.find((m) => m.sourceId === id);

describe('BMLT feeds', () => {
  it('reads weekday_tinyint 1 as Sunday, HH:MM:SS times and durations, and formats by world id', () => {
    expect(byId('101')).toMatchObject({ weekday: 7, start: 19 * 60, duration: 90, types: ['O', 'JFT', 'X'], attendance: 'in_person', postcode: 'LS2 9DX', town: 'Leeds' });
    expect(byId('102')).toMatchObject({ weekday: 6, duration: 60, types: ['C', 'BEG'], attendance: 'online', latitude: null });
  });
  it('never offers a temporarily closed venue as in person, and reads hybrid meetings', () => {
    expect(byId('103')).toMatchObject({ attendance: 'online', latitude: null, venue: null });
    expect(byId('104')).toMatchObject({ attendance: 'hybrid', types: ['O', 'SPK'], duration: 60, onlineUrl: 'https://meet.jit.si/hybridhall' });
  });
  it('counts broken records and keeps the rest', () => {
    expect(feed.meetings).toHaveLength(4);
    expect(feed.invalid).toBe(2);
    expect(feed.reasons.join('\n')).toMatch(/weekday_tinyint "8"/);
  });
  it('rejects whole what is not a BMLT response', () => {
    expect(() => parseBmlt({ error: 'bad switcher' }, options)).toThrow(/BMLT response/);
  });
  it.skipIf(!hasSharedData)(`reads the real virtual NA server response (${NO_SHARED_DATA})`, () => {
    const real = parseBmlt(JSON.parse(readFileSync(sharedFile('bmlt-na-virtual-2024-05.json'), 'utf8')), options);
    expect(real.meetings.length + real.invalid).toBe(3064);
    expect(real.meetings.length).toBeGreaterThan(3000);
    // Links off the provider allow-list are dropped; every kept one is on it.
    expect(real.meetings.filter((m) => m.onlineUrl).every((m) => /^https:\/\/([a-z0-9-]+\.)*(zoom\.us|zoom\.com|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|skype\.com|discord\.gg|gotomeet\.me|gotomeeting\.com|goto\.com|freeconferencecall\.com|freeconference\.com|webex\.com|meet\.jit\.si|bluejeans\.com|signal\.group|zoho\.com|meetings\.dialpad\.com)\//.test(m.onlineUrl ?? ''))).toBe(true);
    expect(real.meetings.filter((m) => m.timezone === 'Europe/London').length).toBeGreaterThan(100);
  });
  it.skipIf(!hasSharedData)(`reads the real New York sample, with no venue_type, all in person (${NO_SHARED_DATA})`, () => {
    const real = parseBmlt(JSON.parse(readFileSync(sharedFile('bmlt-ny-sample-searchresults.json'), 'utf8')), { fellowship: 'NA', timezone: 'America/New_York' });
    expect(real.meetings).toHaveLength(1555);
    expect(real.meetings.every((m) => m.attendance === 'in_person' && m.latitude !== null)).toBe(true);
  });
});
