import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { toSlackMrkdwn } from '../../../src/bots/slack/render.ts';
import { toTelegramHtml } from '../../../src/bots/telegram/render.ts';
import { detailCard, listCard } from '../../../src/core/dialog/meeting-card.ts';
import type { Meeting } from '../../../src/core/meetings/meeting.ts';

const base: Meeting = {
  id: 1, source: 'leeds-aa', sourceId: 's', fellowship: 'AA', name: 'Headingley Serenity', weekday: 2, start: 19 * 60 + 30, duration: 90,
  timezone: 'Europe/London', types: ['C', 'X', 'SP'], attendance: 'in_person', venue: "St Michael's Hall", address: 'Otley Road, Leeds', postcode: 'LS6 3AA',
  town: 'Leeds', region: null, latitude: 53.8195, longitude: -1.577, onlineUrl: null, onlinePhone: null, notes: 'Side door.', updatedAt: '2026-11-20T04:15:00Z', demo: false,
};
const now = new Date('2026-11-24T18:50:00Z'); // Tuesday 6:50pm in London
const ctx = { now, memberZone: 'Europe/London', miles: true };
const startsAt = DateTime.fromISO('2026-11-24T19:30:00', { zone: 'Europe/London' });

describe('a meeting in a list', () => {
  it('shows name, fellowship, open or closed, day and time, how soon, distance, where and directions', () => {
    const card = listCard(1, base, startsAt, 1.3, ctx);
    expect(card).toBe(
      [
        '**1. Headingley Serenity** (AA, closed: for those who want to stop)',
        'Tue 7:30pm, starts in 40 min · 0.8 miles',
        "St Michael's Hall, Otley Road, Leeds, LS6 3AA · [Directions](https://www.openstreetmap.org/directions?route=%3B53.81950%2C-1.57700#map=16/53.81950/-1.57700)",
      ].join('\n'),
    );
  });
  it('shows km outside the UK, the meeting zone when it is not the member\'s, and online links', () => {
    const online: Meeting = { ...base, attendance: 'online', timezone: 'America/New_York', latitude: null, longitude: null, onlineUrl: 'https://zoom.us/j/1', onlinePhone: '+1 555 0100 123#' };
    const card = listCard(2, online, DateTime.fromISO('2026-11-24T19:30:00', { zone: 'America/New_York' }), null, { ...ctx, miles: false });
    expect(card).toMatch(/Tue 7:30pm \(New York time\), starts in 5 hr 40 min/);
    expect(card).toMatch(/^online · \[Join online\]\(https:\/\/zoom\.us\/j\/1\) · Dial in: \+1 555 0100 123#$/m);
    expect(listCard(3, base, startsAt, 2.5, { ...ctx, miles: false })).toMatch(/· 2\.5 km/);
  });
  it('says hybrid meetings are both, and a made-up demo meeting that it is made up, with no link', () => {
    expect(listCard(1, { ...base, attendance: 'hybrid', onlineUrl: 'https://zoom.us/j/1' }, startsAt, 1, ctx)).toMatch(/\(in person and online\) · \[Directions\].* · \[Join online\]/);
    const demo = listCard(1, { ...base, demo: true, attendance: 'hybrid', onlineUrl: 'https://zoom.us/j/0' }, startsAt, 1, ctx);
    expect(demo).toMatch(/Headingley Serenity \(made-up demo\)/);
    expect(demo).not.toMatch(/zoom/);
  });
});

describe('a meeting in full', () => {
  it('adds the length, what closed means, the formats, the notes and where the listing came from', () => {
    const card = detailCard(base, startsAt, ctx);
    expect(card).toMatch(/^Every Tuesday, 7:30pm to 9pm, starts in 40 min$/m);
    expect(card).toMatch(/^Closed: for people who want to do something about their own drinking\.$/m);
    expect(card).toMatch(/^Format: Wheelchair access, Speaker$/m);
    expect(card).toMatch(/^Notes: Side door\.$/m);
    expect(card).toMatch(/Listing from leeds-aa, checked 2026-11-20/);
    expect(detailCard({ ...base, types: ['O'] }, startsAt, ctx)).toMatch(/Open: anyone is welcome/);
  });
});

describe('feed text is never markup, on any platform', () => {
  const hostile: Meeting = { ...base, name: '**Free** <b>beer</b> [click](https://evil.example) <!channel> @here & co', notes: '<script>x</script> **bold** [x](https://evil.example)' };
  const card = detailCard(hostile, startsAt, ctx);
  it('cannot make bold or links of its own', () => {
    expect(card).not.toMatch(/\]\(https:\/\/evil/);
    expect(card.match(/\*\*/g)?.length).toBe(2); // only Harbour's own bold around the name
  });
  it('is escaped for Telegram HTML and Slack mrkdwn', () => {
    const html = toTelegramHtml(card);
    expect(html).not.toMatch(/<b>beer|<script>|href="https:\/\/evil/);
    expect(html).toMatch(/&lt;b&gt;beer&lt;\/b&gt;/);
    const mrkdwn = toSlackMrkdwn(card);
    expect(mrkdwn).not.toMatch(/<!channel>|<https:\/\/evil/);
    expect(mrkdwn).toMatch(/&lt;!channel&gt;/);
    expect(mrkdwn).not.toMatch(/@here/);
  });
});
