import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsOf, testHarbour, textOf, type TestHarbour } from '../../support/harbour.ts';
import { testDatabaseUrl } from '../../support/database.ts';

describe('daily check-ins, from the member\'s side', () => {
  let h: TestHarbour;
  beforeAll(async () => {
    h = await testHarbour(await testDatabaseUrl(), '2026-11-25T10:00:00Z');
  });
  afterAll(async () => {
    await h.close();
  });
  const settings = (member: string) => h.db.selectFrom('checkin_subscriptions').selectAll().where('member_id', '=', member).executeTakeFirst();

  it('opts in: asks the time with buttons, or takes one typed', async () => {
    const [ask] = await h.say('checkin', 'console:a');
    expect(ask?.text).toMatch(/What time suits you/);
    expect(actionsOf([ask!])).toContain('checkin:at:0480');
    const [bad] = await h.say('erm whenever', 'console:a');
    expect(bad?.text).toMatch(/didn't catch a time/);
    const [done] = await h.say('7:30am', 'console:a');
    expect(done?.text).toMatch(/every day at \*\*7:30am\*\* \(UK time\)/);
    expect(await settings('console:a')).toMatchObject({ minute: 450, timezone: 'Europe/London', active: 1, channel: 'console', chat: 'console:a' });
    const [button] = await h.press('checkin:at:1260', 'console:b');
    expect(button?.text).toMatch(/\*\*9pm\*\*/);
  });
  it('takes the zone from the platform when it knows it', async () => {
    await h.say({ text: 'check in at 8am', timezone: 'America/Chicago' }, 'console:chicago');
    expect(await settings('console:chicago')).toMatchObject({ minute: 480, timezone: 'America/Chicago' });
  });
  it('asks for the zone when the platform does not know it, and takes it from a location in a one-zone country', async () => {
    await h.press('checkin:at:0480', 'console:zone');
    const [set] = await h.say('my time zone is america/los_angeles', 'console:zone');
    expect(set?.text).toMatch(/America\/Los Angeles time/);
    expect(await settings('console:zone')).toMatchObject({ timezone: 'America/Los_Angeles' });
    await h.say({ location: { lat: 53.35, lon: -6.26 } }, 'console:zone');
    expect(await settings('console:zone')).toMatchObject({ timezone: 'Europe/Dublin' });
    // In a country with several zones, the nearest city's.
    const [moved] = await h.say({ location: { lat: 41.5, lon: -88.0 } }, 'console:zone2');
    expect(moved?.text).toMatch(/^I'll use America\/Chicago time for you from now on/);
    expect(await h.db.selectFrom('members').select('timezone').where('id', '=', 'console:zone2').executeTakeFirst()).toEqual({ timezone: 'America/Chicago' });
    // A zone the platform gave (Slack) is not overridden by a location.
    await h.say({ location: { lat: 53.35, lon: -6.26 }, timezone: 'America/Denver' }, 'console:zone3');
    expect(await h.db.selectFrom('members').select('timezone').where('id', '=', 'console:zone3').executeTakeFirst()).toEqual({ timezone: 'America/Denver' });
    const member = await h.db.selectFrom('members').select(['timezone', 'region']).where('id', '=', 'console:zone').executeTakeFirstOrThrow();
    expect(member).toEqual({ timezone: 'Europe/Dublin', region: 'IE' });
  });
  it('changes, pauses and stops; stop also drops waiting reminders', async () => {
    await h.say('checkin', 'console:c');
    await h.say('8pm', 'console:c');
    const [status] = await h.say('checkin', 'console:c');
    expect(actionsOf([status!])).toEqual(['checkin:change', 'checkin:pause:3', 'checkin:track:on', 'intent:progress', 'checkin:stop']);
    const [paused] = await h.press('checkin:pause:3', 'console:c');
    expect(paused?.text).toMatch(/Paused until Friday 27 November\. Your check-ins start again on Saturday 28 November/);
    expect((await settings('console:c'))?.paused_until).toBe('2026-11-27');
    await h.say('please pause my check-ins for 10 days', 'console:c');
    expect((await settings('console:c'))?.paused_until).toBe('2026-12-04');
    const [resumed] = await h.say('resume my check-ins', 'console:c');
    expect(resumed?.text).toMatch(/back on/);
    expect((await settings('console:c'))?.paused_until).toBe('2026-11-24');
    await h.press('checkin:stop', 'console:c');
    expect((await settings('console:c'))?.active).toBe(0);
    await h.say('checkin', 'console:c');
    await h.say('9am', 'console:c');
    await h.db.insertInto('outbox').values({ member_id: 'console:c', channel: 'console', chat: 'console:c', kind: 'meeting-reminder', key: 'k', due_at: '2026-11-26T00:00:00Z', expires_at: '2026-11-27T00:00:00Z', replies: '[]', created_at: 'x' }).execute();
    const [stopped] = await h.say('stop', 'console:c');
    expect(stopped?.text).toMatch(/stopped/);
    expect((await settings('console:c'))?.active).toBe(0);
    expect(await h.db.selectFrom('outbox').selectAll().where('member_id', '=', 'console:c').execute()).toEqual([]);
  });
  it('keeps answers only for members who chose to, and "struggling" brings help close', async () => {
    await h.press('checkin:at:0540', 'console:d');
    const [good] = await h.press('mood:good:2026-11-25', 'console:d');
    expect(good?.text).not.toMatch(/Noted/);
    expect(await h.db.selectFrom('moods').selectAll().execute()).toEqual([]);
    await h.press('checkin:track:on', 'console:d');
    const [hard] = await h.press('mood:struggling:2026-11-25', 'console:d');
    expect(hard?.text).toMatch(/I'm sorry today is hard/);
    expect(hard?.text).toMatch(/Samaritans/);
    expect(actionsOf([hard!])).toEqual(expect.arrayContaining(['intent:meetings', 'online', 'intent:helplines']));
    expect(hard?.text).toMatch(/Noted privately/);
    expect(await h.db.selectFrom('moods').select(['day', 'mood']).where('member_id', '=', 'console:d').execute()).toEqual([{ day: '2026-11-25', mood: 'struggling' }]);
    const [progress] = await h.say('progress', 'console:d');
    expect(progress?.file?.mime).toBe('image/png');
    expect(Buffer.from(progress?.file?.content ?? '', 'base64').subarray(1, 4).toString()).toBe('PNG');
    await h.press('checkin:track:off', 'console:d');
    expect(await h.db.selectFrom('moods').selectAll().where('member_id', '=', 'console:d').execute()).toEqual([]);
  });
  it('a sober date told in words sets the count; a new one keeps the old privately', async () => {
    const [set] = await h.say('I have been sober since 3 March', 'console:e');
    expect(set?.text).toMatch(/counting from \*\*3 March 2026\*\*, which makes \*\*267\*\* days/);
    const [changed] = await h.say('actually my clean date is 2026-01-01', 'console:e');
    expect(changed?.text).toMatch(/now \*\*1 January 2026\*\*/);
    expect(await h.db.selectFrom('sober_dates').select(['started_on', 'ended_on']).where('member_id', '=', 'console:e').orderBy('id').execute()).toEqual([
      { started_on: '2026-03-03', ended_on: '2026-01-01' },
      { started_on: '2026-01-01', ended_on: null },
    ]);
  });
  it('saying you stopped drinking today brings the withdrawal advice first', async () => {
    const replies = await h.say('I stopped drinking today', 'console:f');
    expect(replies[0]?.text).toMatch(/GP|111/);
    expect(textOf(replies)).toMatch(/counting from/);
  });
  it('forgets check-in settings and answers with everything else', async () => {
    await h.say('forget', 'console:d');
    await h.press('forget:yes', 'console:d');
    expect(await settings('console:d')).toBeUndefined();
  });
});
