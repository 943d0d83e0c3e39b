import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMeetings } from '../../../src/app/import-meetings.ts';
import { actionsOf, testHarbour, textOf, type TestHarbour } from '../../support/harbour.ts';
import { fixture } from '../../support/shared-data.ts';
import { testDatabaseUrl } from '../../support/database.ts';

// Wednesday 25 November 2026, 5:30pm in London.
const NOW = '2026-11-25T17:30:00Z';
const LEEDS = { lat: 53.7997, lon: -1.5492 };

describe('finding meetings on the demo data', () => {
  let h: TestHarbour;
  beforeAll(async () => {
    h = await testHarbour(await testDatabaseUrl(), NOW);
  });
  afterAll(async () => {
    await h.close();
  });

  it('a shared location alone means meetings near here, starting soon, labelled as made up', async () => {
    const [r] = await h.say({ location: LEEDS }, 'console:loc');
    expect(r?.text).toMatch(/\*\*Meetings( starting soon)?\*\* within 10 miles of you/);
    expect(r?.text).toMatch(/1\. .*\(made-up demo\)/);
    expect(r?.text).toMatch(/These are made-up demo meetings/);
    expect(r?.text).toMatch(/starts in \d+/);
    expect(r?.text).toMatch(/\[Directions\]\(https:\/\/www\.openstreetmap\.org\/directions/);
  });
  it('asks where when it does not know, remembers the question, and takes a bare town as the answer', async () => {
    const [ask] = await h.say('any NA meetings tomorrow', 'console:ask');
    expect(ask?.askLocation).toBe(true);
    expect(ask?.text).toMatch(/Looking for NA meetings tomorrow/);
    const [found] = await h.say('Brighton', 'console:ask');
    expect(found?.text).toMatch(/NA meetings tomorrow\*\* within \d+ miles of Brighton/);
    expect(found?.text).not.toMatch(/\(AA|\(CA|\(SMART/);
    expect(found?.text).toMatch(/made-up demo/);
  });
  it('a location shared after the question answers it', async () => {
    await h.say('womens meeting near me', 'console:ask2');
    const [found] = await h.say({ location: LEEDS }, 'console:ask2');
    expect(found?.text).toMatch(/Women's meetings/);
  });
  it('says kindly when it does not know a place', async () => {
    const [r] = await h.say('meetings in Atlantis tonight', 'console:where');
    expect(r?.text).toMatch(/don't know where \*\*Atlantis\*\* is/);
    expect(r?.askLocation).toBe(true);
  });
  it('pages with "more", shows details, and sends a calendar file', async () => {
    const [first] = await h.say('meetings near M1 this weekend', 'console:page');
    const details = actionsOf([first!]).filter((a) => a.startsWith('meeting:'));
    expect(details).toHaveLength(5);
    expect(actionsOf([first!])).toContain('more');
    const [second] = await h.press('more', 'console:page');
    expect(second?.text).toMatch(/^\*\*6\. /);
    expect(second?.text).toMatch(/made-up demo/);
    const [typed] = await h.say('more', 'console:page');
    expect(typed?.text).toMatch(/\*\*11\. |That's all I found/);
    const [detail] = await h.press(details[0] ?? '', 'console:page');
    expect(detail?.text).toMatch(/Every (Saturday|Sunday), .* to /);
    expect(detail?.text).toMatch(/These are made-up demo meetings/);
    const calendar = actionsOf([detail!]).find((a) => a.startsWith('calendar:'));
    const [file] = await h.press(calendar ?? '', 'console:page');
    expect(file?.file?.mime).toBe('text/calendar');
    expect(file?.file?.content).toMatch(/RRULE:FREQ=WEEKLY;BYDAY=(SA|SU)/);
  });
  it('finds online meetings from the crisis reply\'s button, still checking for crisis first', async () => {
    const [online] = await h.press('online', 'console:online');
    expect(online?.text).toMatch(/\*\*Online meetings( starting soon)?:?\*\*/);
    expect(online?.text).toMatch(/demo meeting, no real link/);
    expect(online?.text).not.toMatch(/zoom\.us/);
    await h.say('meetings tonight', 'console:online');
    const [crisis] = await h.say('i want to end it all', 'console:online');
    expect(crisis?.text).toMatch(/116 123/);
  });
  it('keeps no coordinates in the conversation, only the ids of meetings shown', async () => {
    await h.say({ location: LEEDS }, 'console:private');
    const [data] = await h.say('mydata', 'console:private');
    expect(data?.file?.content).not.toMatch(/53\.7|1\.54/);
  });
  it('queues a reminder an hour before, once, and not when it is too late', async () => {
    const [list] = await h.say('meetings near M1 tomorrow', 'console:remind');
    const id = actionsOf([list!]).find((a) => a.startsWith('meeting:'))?.slice('meeting:'.length) ?? '';
    const [detail] = await h.press(`meeting:${id}`, 'console:remind');
    expect(actionsOf([detail!])).toContain(`remind:${id}`);
    const [set] = await h.press(`remind:${id}`, 'console:remind');
    expect(set?.text).toMatch(/I'll remind you at \d{1,2}(:\d\d)?[ap]m on Thursday 26 November, an hour before it starts/);
    const [again] = await h.press(`remind:${id}`, 'console:remind');
    expect(again?.text).toMatch(/already have a reminder/);
    const rows = await h.db.selectFrom('outbox').selectAll().where('member_id', '=', 'console:remind').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.replies).toMatch(/starts in an hour/);
    expect(rows[0]?.replies).toMatch(/made-up demo/);
    // A meeting starting within the hour (Wednesday 6pm; it is 5:30pm): no reminder, just the meeting.
    const soon = await h.db.selectFrom('meetings').select('id').where('weekday', '=', 3).where('start_minute', '=', 18 * 60).executeTakeFirstOrThrow();
    const [late] = await h.press(`remind:${soon.id}`, 'console:remind');
    expect(late?.text).toMatch(/It starts in 30 min, so there's no time for a reminder/);
    expect(await h.db.selectFrom('outbox').selectAll().where('member_id', '=', 'console:remind').execute()).toHaveLength(1);
  });
  it('an expired or forged meeting button gets a kind answer', async () => {
    expect(textOf(await h.press('meeting:999999', 'console:x'))).toMatch(/can't find that meeting/);
    expect(textOf(await h.press('calendar:abc', 'console:x'))).toMatch(/button has expired/);
  });
});

describe('finding meetings from an imported feed', () => {
  let h: TestHarbour;
  beforeAll(async () => {
    h = await testHarbour(await testDatabaseUrl(), '2026-11-24T12:00:00Z');
    await importMeetings(h.db, { location: fixture('meeting-guide.json'), fellowship: 'AA', source: 'leeds-aa' }, new Date());
  });
  afterAll(async () => {
    await h.close();
  });

  it('finds by postcode, with real meetings not labelled demo and the directory built from their postcodes', async () => {
    const [r] = await h.say('AA meetings near LS6 3AA tonight', 'console:real');
    expect(r?.text).toMatch(/Headingley Serenity/);
    expect(r?.text).toMatch(/Tue 7:30pm/);
    expect(r?.text).not.toMatch(/demo/);
    expect(r?.text).not.toMatch(/Closed For Works/);
  });
  it('finds a group by name', async () => {
    const [r] = await h.say('when is the headingley serenity group', 'console:name');
    expect(r?.text).toMatch(/Headingley Serenity/);
  });
  it('shows a detail view with notes, open/closed meaning and where the listing came from', async () => {
    const [list] = await h.say('meetings near LS6 3AA tonight', 'console:detail');
    const id = actionsOf([list!]).find((a) => a.startsWith('meeting:'));
    const [detail] = await h.press(id ?? '', 'console:detail');
    expect(detail?.text).toMatch(/Notes: Side door, upstairs\./);
    expect(detail?.text).toMatch(/Open: anyone is welcome/);
    expect(detail?.text).toMatch(/Listing from leeds-aa/);
  });
  it('knows a town from the meetings\' own listings, even without "in"', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'harbour-town-')), 'ilkley.csv');
    writeFileSync(file, 'id,fellowship,name,day,time,town,latitude,longitude,postcode\ni1,AA,Wharfedale Group,Tuesday,19:00,Ilkley,53.925,-1.822,LS29 8ET\n');
    await importMeetings(h.db, { location: file, source: 'ilkley' }, new Date());
    const [r] = await h.say('aa meetings ilkley tonight', 'console:town');
    // One meeting there, so the search widens (to three or more) and says so.
    expect(r?.text).toMatch(/within \d+ miles of Ilkley/);
    expect(r?.text).toMatch(/Wharfedale Group/);
  });
});

describe('the optional online geocoder', () => {
  let h: TestHarbour;
  let server: Server;
  const asked: string[] = [];
  beforeAll(async () => {
    // A small server speaking the postcodes.io API: one known postcode, everything else 404.
    server = createServer((req, res) => {
      asked.push(req.url ?? '');
      if (req.url === '/postcodes/LS29%208ET') res.end(JSON.stringify({ status: 200, result: { latitude: 53.925, longitude: -1.822 } }));
      else res.writeHead(404).end(JSON.stringify({ status: 404, error: 'Postcode not found' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    h = await testHarbour(await testDatabaseUrl(), NOW, { geocoderUrl: url });
  });
  afterAll(async () => {
    server.close();
    await h.close();
  });

  it('places a postcode no meeting has, sending only the postcode', async () => {
    const [r] = await h.say('meetings near LS29 8ET tomorrow', 'console:geo');
    expect(r?.text).toMatch(/within \d+ miles of LS29 8ET/);
    expect(r?.text).toMatch(/Leeds/);
    expect(asked).toEqual(['/postcodes/LS29%208ET']);
  });
  it('falls back to the postcode area when the geocoder does not know it either', async () => {
    const [r] = await h.say('meetings near LS99 9ZZ tomorrow', 'console:geo');
    expect(r?.text).toMatch(/within \d+ miles of LS99 9ZZ/);
  });
});
