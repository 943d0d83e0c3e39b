import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { parseCheckinTime } from '../../../src/core/checkins/checkin-time.ts';
import { dailyMessage } from '../../../src/core/checkins/daily-message.ts';
import { encouragementFor } from '../../../src/core/checkins/encouragement.ts';
import { daysSober, milestoneOn } from '../../../src/core/checkins/milestones.ts';
import { answerStreak, moodChartSvg } from '../../../src/core/checkins/mood-chart.ts';
import { parseSoberDate } from '../../../src/core/checkins/sober-date.ts';
import { loadKnowledge } from '../../../src/core/knowledge/load.ts';

const library = loadKnowledge().encouragements;

describe('check-in times', () => {
  it.each([
    ['7:30am', 450], ['19:00', 1140], ['8pm', 1200], ['8', 480], ['12am', 0], ['12pm', 720], ['noon', 720], ['half 7 in the evening', 1170], ['at 6.45 please', 405], ['9 tonight', 1260],
  ])('%s is %i minutes after midnight', (text, minute) => {
    expect(parseCheckinTime(text)).toBe(minute);
  });
  it.each(['25:00', '13pm', '7:75', 'whenever', ''])('%s is not a time', (text) => {
    expect(parseCheckinTime(text)).toBeNull();
  });
  it('outside an answer to "what time?", needs something that looks like a time', () => {
    expect(parseCheckinTime("can you check in with me, i'm 3 days sober", false)).toBeNull();
    expect(parseCheckinTime('check in with me at 8', false)).toBe(480);
    expect(parseCheckinTime('daily check-in 7:30am please', false)).toBe(450);
  });
});

describe('sober dates told in words', () => {
  const today = DateTime.fromISO('2026-11-25T10:00:00', { zone: 'Europe/London' });
  it.each([
    ['i have been sober since 3 march', '2026-03-03'],
    ['sober since december 1st', '2025-12-01'],
    ['clean date 2024-05-01', '2024-05-01'],
    ['dry since 01/05/2024', '2024-05-01'],
    ['my sober date is the 3rd of march 2021', '2021-03-03'],
    ['have not had a drink since yesterday', '2026-11-24'],
    ['stopped using 10 days ago', '2026-11-15'],
  ])('"%s" → %s', (text, date) => {
    expect(parseSoberDate(text, today)).toBe(date);
  });
  it.each(['sober since 3 decent weeks', 'i want to be sober by march', 'sober since 2027-01-01', 'what is sober'])('"%s" sets nothing', (text) => {
    expect(parseSoberDate(text, today)).toBeNull();
  });
});

describe('milestones', () => {
  it('counts days from the sober date, which is day 0', () => {
    expect(daysSober('2026-11-01', '2026-11-25')).toBe(24);
    expect(daysSober('2026-12-01', '2026-11-25')).toBeNull();
  });
  it.each([
    ['2026-11-24', '24 hours'], ['2026-11-18', '1 week'], ['2026-10-26', '30 days'], ['2026-09-26', '60 days'], ['2026-08-27', '90 days'],
    ['2026-08-17', '100 days'], ['2026-05-25', '6 months'], ['2026-02-25', '9 months'], ['2025-11-25', '1 year'], ['2023-11-25', '3 years'],
    ['2025-07-13', '500 days'], ['2024-02-29', '1000 days'],
  ])('sober since %s: %s on 25 Nov 2026', (from, what) => {
    expect(milestoneOn(from, '2026-11-25')).toBe(what);
  });
  it('is quiet on ordinary days and on the sober date itself', () => {
    expect(milestoneOn('2026-11-20', '2026-11-25')).toBeNull();
    expect(milestoneOn('2026-11-25', '2026-11-25')).toBeNull();
  });
});

describe('encouragements', () => {
  it('has at least 120 of our own, across the themes', () => {
    expect(library.length).toBeGreaterThanOrEqual(120);
    expect(new Set(library.map((e) => e.theme)).size).toBeGreaterThanOrEqual(8);
  });
  it('never repeats one for a member within 60 days, and members read different ones', () => {
    for (const member of ['tg:1', 'slack:T1:U2', 'console:me']) {
      const seen = new Map<string, number>();
      for (let d = 0; d < 400; d += 1) {
        const day = DateTime.fromISO('2026-01-01').plus({ days: d }).toISODate() ?? '';
        const id = encouragementFor(member, day, library)?.id ?? '';
        const last = seen.get(id);
        if (last !== undefined) expect(d - last).toBeGreaterThanOrEqual(60);
        seen.set(id, d);
      }
    }
    expect(encouragementFor('tg:1', '2026-11-25', library)?.id).not.toBe(encouragementFor('tg:2', '2026-11-25', library)?.id);
  });
});

describe('the daily message', () => {
  it('has an encouragement, the day count and milestone, and one-tap answers for that day', () => {
    const m = dailyMessage('tg:1', '2026-11-25', '2026-11-18', library);
    expect(m.text).toMatch(/\*\*1 week\*\* today/);
    expect(m.text).toMatch(/Day 7 since your sober date/);
    expect(m.text).toContain(encouragementFor('tg:1', '2026-11-25', library)?.text ?? 'missing');
    expect(m.buttons?.flat().map((b) => b.action)).toEqual(['mood:good:2026-11-25', 'mood:okay:2026-11-25', 'mood:struggling:2026-11-25', 'intent:meetings']);
    expect(dailyMessage('tg:1', '2026-11-25', null, library).text).not.toMatch(/Day \d/);
    // A group's post asks no one how they are in front of everyone.
    const group = dailyMessage('tg:chat:-200', '2026-11-25', null, library);
    expect(group.buttons?.flat().map((b) => b.action)).toEqual(['intent:meetings']);
    expect(group.text).not.toMatch(/How are you/);
  });
});

describe('progress', () => {
  it('counts the streak of answered days, and charts them', () => {
    const moods = [{ day: '2026-11-22', mood: 'good' }, { day: '2026-11-23', mood: 'okay' }, { day: '2026-11-24', mood: 'struggling' }];
    expect(answerStreak(moods, '2026-11-25')).toBe(3);
    expect(answerStreak(moods, '2026-11-26')).toBe(0);
    const svg = moodChartSvg(moods, '2026-11-25', 30);
    expect(svg.match(/<rect x=/g)).toHaveLength(3);
    expect(svg.match(/<circle/g)).toHaveLength(27);
  });
});
