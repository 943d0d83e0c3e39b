import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsOf, testHarbour, textOf, type TestHarbour } from '../support/harbour.ts';
import { testDatabaseUrl } from '../support/database.ts';

let h: TestHarbour;
beforeAll(async () => {
  h = await testHarbour(await testDatabaseUrl());
});
afterAll(() => h.close());

/** One message per intent, and what the answer must contain. */
const INTENTS: [intent: string, message: string, expected: RegExp][] = [
  ['start', 'hiya', /Harbour/],
  ['help', 'what can u do', /groups/i],
  ['groups', 'what groups r there', /Narcotics Anonymous[\s\S]*SMART Recovery/],
  ['meetings', 'any meetings near me tonight', /meeting/i],
  ['checkin', 'can u send me a daily message', /check-in|check in/i],
  ['privacy', 'who can see what i write', /erase|forget/i],
  ['thanks', 'cheers thats really helped', /welcome/i],
  ['about_bot', 'are you a real person', /bot/i],
  ['fellowship_info', 'wat is NA', /Narcotics Anonymous/],
  ['first_meeting', 'what happens at a first meeting', /speak|share|listen/i],
  ['anonymity', 'will anyone find out i went', /anonym|first name|confiden/i],
  ['religion', 'do i have to believe in god', /higher power|God/i],
  ['cost', 'is it free', /free/i],
  ['professional_help', 'should i go to rehab', /GP|rehab|service/i],
  ['still_using', 'can i go if im still drinking', /welcome|still/i],
  ['bring_friend', 'can i bring my partner with me', /open meeting/i],
  ['family', 'my husband drinks too much what do i do', /Al-Anon/],
  ['compare', 'whats the difference between aa and smart', /Alcoholics Anonymous[\s\S]*SMART Recovery/],
  ['sponsorship', 'whats a sponsor', /sponsor/i],
  ['get_involved', 'how do i get involved', /meeting/i],
  ['open_closed', 'what is a closed meeting', /closed/i],
  ['online_meetings', 'are there online meetings', /online/i],
  ['craving', 'i really want a drink right now', /pass|minutes|call|meeting/i],
  ['relapse', 'i drank last night after 3 months', /shame|again|start|reset/i],
  ['withdrawal', 'i want to stop drinking today', /GP|111/],
];

describe('every intent gets its answer', () => {
  it.each(INTENTS)('%s: "%s"', async (_intent, message, expected) => {
    const replies = await h.say(message, `console:intent-${_intent}`);
    expect(textOf(replies)).toMatch(expected);
    expect(replies.every((r) => r.text.trim().length > 0)).toBe(true);
  });
});

describe('commands work with or without the slash', () => {
  it.each(['start', '/start', 'help', '/help', 'groups', '/groups', 'meetings', '/meetings', 'checkin', '/checkin', 'stop', '/stop', 'privacy'])('%s', async (command) => {
    const replies = await h.say(command, `console:cmd-${command}`);
    expect(replies.length).toBeGreaterThan(0);
    expect(textOf(replies).length).toBeGreaterThan(10);
  });
});

describe('start and help', () => {
  it('says what Harbour does in three short lines, with buttons', async () => {
    const [welcome] = await h.say('/start');
    const lines = welcome?.text.split('\n\n')[0]?.split('\n') ?? [];
    expect(lines.length).toBeLessThanOrEqual(4);
    expect(actionsOf([welcome!])).toEqual(expect.arrayContaining(['intent:groups', 'intent:meetings']));
  });
});

describe('not understood', () => {
  it('says so kindly and offers what it can do', async () => {
    const replies = await h.say('purple monkey dishwasher quantum');
    expect(textOf(replies)).toMatch(/not (sure|quite sure)/i);
    expect(actionsOf(replies).length).toBeGreaterThan(0);
  });
  it('answers empty text and emoji only', async () => {
    expect(textOf(await h.say('   '))).toMatch(/didn't catch/);
    expect(textOf(await h.say('🙃🙃'))).toMatch(/emoji/);
  });
  it('treats an unknown button as expired, not as an error', async () => {
    const replies = await h.press('about:NOPE');
    expect(replies[0]?.text.length).toBeGreaterThan(0);
    expect(textOf(await h.press('garbage:::'))).toMatch(/expired/);
  });
});

describe('several questions at once', () => {
  it('answers each', async () => {
    const replies = await h.say('is it free and do i have to believe in god?', 'console:multi');
    expect(replies.length).toBeGreaterThanOrEqual(2);
    expect(textOf(replies)).toMatch(/free/i);
    expect(textOf(replies)).toMatch(/higher power|God/i);
  });
});

describe('follow-ups', () => {
  it('asks which group, then answers the one named next', async () => {
    const ask = await h.say('tell me about a group', 'console:follow');
    expect(textOf(ask)).toMatch(/Which group/);
    const answer = await h.say('gamblers', 'console:follow');
    expect(textOf(answer)).toMatch(/Gamblers Anonymous/);
    expect(textOf(await h.say('is it free?', 'console:follow'))).toMatch(/Is it free\?\*\* \(Gamblers Anonymous\)/);
  });
  it('reads "is it free" after "what is SMART" as about SMART', async () => {
    await h.say('what is smart recovery', 'console:ctx');
    const replies = await h.say('is it free?', 'console:ctx');
    expect(textOf(replies)).toMatch(/SMART Recovery/);
  });
  it('answers a topic for a named group from that group’s own file', async () => {
    expect(textOf(await h.say('what happens at a CA meeting', 'console:aspect'))).toMatch(/Cocaine Anonymous/);
  });
  it('compares a single named group with SMART', async () => {
    expect(textOf(await h.say('NA vs what?', 'console:cmp'))).toBeTruthy();
    expect(textOf(await h.press('compare:NA:SMART', 'console:cmp'))).toMatch(/Narcotics Anonymous[\s\S]*SMART Recovery/);
  });
});

describe('meetings on demo data', () => {
  it('says back what it understood, searches, and says the meetings are made up', async () => {
    const text = textOf(await h.say('any NA meetings in leeds tomorrow after 7', 'console:meet'));
    expect(text).toMatch(/NA meetings tomorrow from 7pm\*\* within \d+ miles of Leeds/);
    expect(text).toMatch(/made-up demo/);
  });
});

describe('mydata and forget', () => {
  it('sends everything held as a JSON file', async () => {
    await h.say('hello', 'console:data');
    const [r] = await h.say('mydata', 'console:data');
    expect(r?.file?.mime).toBe('application/json');
    const content = JSON.parse(r?.file?.content ?? '{}') as { records: Record<string, unknown[]> };
    expect(content.records['members']).toHaveLength(1);
  });
  it('erases only after the confirm button, and says what went', async () => {
    await h.say('what is aa', 'console:bye');
    const ask = await h.say('/forget', 'console:bye');
    expect(actionsOf(ask)).toEqual(['forget:yes', 'forget:no']);
    expect(textOf(await h.say('yes', 'console:bye'))).toMatch(/tap the button/);
    const done = await h.press('forget:yes', 'console:bye');
    expect(textOf(done)).toMatch(/erased 1 member record/);
    const rows = await h.db.selectFrom('members').select('id').where('id', '=', 'console:bye').execute();
    expect(rows).toEqual([]);
  });
  it('does not erase on a stale yes without the question', async () => {
    await h.say('hello', 'console:stale');
    const replies = await h.press('forget:yes', 'console:stale');
    expect(actionsOf(replies)).toContain('forget:yes');
    expect(await h.db.selectFrom('members').select('id').where('id', '=', 'console:stale').execute()).toHaveLength(1);
  });
});
