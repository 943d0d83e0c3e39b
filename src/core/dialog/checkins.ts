/** Daily check-ins from the member's side: opt in at a time, change it, pause, stop, answer. */
import { DateTime } from 'luxon';
import type { Button, Reply } from '../inbound.ts';
import { parseCheckinTime } from '../checkins/checkin-time.ts';
import type { Mood } from '../checkins/daily-message.ts';
import { daysSober } from '../checkins/milestones.ts';
import { en } from '../text/en.ts';
import { clock } from '../understand/entities/time.ts';
import { action } from './actions.ts';
import type { Turn } from './intents.ts';
import { reply } from './reply.ts';

const TIMES = [7 * 60, 8 * 60, 9 * 60, 12 * 60, 18 * 60, 21 * 60];
const PAUSE_DAYS = 3;

/** `checkin`: the current setting and what can be changed, or the offer to start. */
export async function checkinAnswer(turn: Turn, text = ''): Promise<Reply> {
  const minute = text ? parseCheckinTime(text, false) : null;
  if (minute !== null) return subscribe(turn, minute);
  const settings = await turn.store.checkins.get(turn.memberId);
  if (!settings?.active) return offer(turn);
  const paused = settings.pausedUntil && settings.pausedUntil >= today(turn) ? settings.pausedUntil : null;
  const b = en.checkinButtons;
  return reply(en.checkins.status(clock(settings.minute), zoneName(settings.timezone), paused), [
    { label: b.changeTime, action: action.checkin('change') },
    { label: b.pause(PAUSE_DAYS), action: action.checkin(`pause:${PAUSE_DAYS}`) },
    { label: settings.tracking ? b.trackOff : b.trackOn, action: action.checkin(settings.tracking ? 'track:off' : 'track:on') },
    { label: b.progress, action: action.intent('progress') },
    { label: b.stop, action: action.checkin('stop') },
  ]);
}

/** What time? Buttons for common times, or any time typed. */
export function offer(turn: Turn): Reply {
  turn.state.awaiting = { kind: 'checkin-time' };
  const buttons: Button[] = TIMES.map((m) => ({ label: clock(m), action: action.checkin(`at:${String(m).padStart(4, '0')}`) }));
  return reply(en.checkins.offer(zoneName(turn.timezone)), buttons);
}

/** A time typed while Harbour asked for one. */
export async function timeAnswered(turn: Turn, text: string): Promise<Reply> {
  const minute = parseCheckinTime(text);
  if (minute === null) {
    turn.state.awaiting = { kind: 'checkin-time' };
    return reply(en.checkins.badTime);
  }
  return subscribe(turn, minute);
}

export async function subscribe(turn: Turn, minute: number): Promise<Reply> {
  await turn.store.checkins.subscribe(turn.memberId, { channel: turn.channel, chat: turn.chat }, minute, turn.timezone, turn.now);
  return reply(en.checkins.set(clock(minute), zoneName(turn.timezone)));
}

/** The buttons under the setting: change, pause, stop, tracking. */
export async function checkinAction(turn: Turn, what: string): Promise<Reply> {
  const at = /^at:(\d{1,4})$/.exec(what);
  if (at) {
    const minute = Number(at[1]);
    return minute < 24 * 60 ? subscribe(turn, minute) : reply(en.unknownAction);
  }
  if (what === 'change') return offer(turn);
  const pause = /^pause:(\d{1,2})$/.exec(what);
  if (pause) {
    const days = Math.max(1, Math.min(30, Number(pause[1])));
    const local = DateTime.fromJSDate(turn.now, { zone: turn.timezone });
    const until = local.plus({ days: days - 1 });
    await turn.store.checkins.pause(turn.memberId, until.toISODate() ?? '', turn.now);
    return reply(en.checkins.paused(until.toFormat('cccc d LLLL'), until.plus({ days: 1 }).toFormat('cccc d LLLL')));
  }
  if (what === 'resume') {
    const yesterday = DateTime.fromJSDate(turn.now, { zone: turn.timezone }).minus({ days: 1 });
    await turn.store.checkins.pause(turn.memberId, yesterday.toISODate() ?? '', turn.now);
    return reply(en.checkins.resumed);
  }
  if (what === 'stop') {
    await turn.store.checkins.stop(turn.memberId, turn.now);
    return reply(en.checkins.stopped);
  }
  if (what === 'track:on' || what === 'track:off') {
    await turn.store.checkins.setTracking(turn.memberId, what === 'track:on', turn.now);
    return reply(what === 'track:on' ? en.checkins.trackingOn : en.checkins.trackingOff);
  }
  return reply(en.unknownAction);
}

/** A check-in answered: kept only if tracking; "struggling" brings help close. */
export async function moodAnswered(turn: Turn, mood: Mood, day: string): Promise<Reply> {
  const kept = await turn.store.checkins.recordMood(turn.memberId, day, mood, turn.now);
  const noted = kept ? `\n\n${en.checkins.noted}` : '';
  if (mood !== 'struggling') return reply(`${mood === 'good' ? en.checkins.good : en.checkins.okay}${noted}`);
  const b = en.checkinButtons;
  const lines = turn.region.lines.filter((l) => !l.only_for).slice(0, 3).map((l) => en.crisis.helplineLine(l.name, l.contact));
  return reply([en.checkins.struggling, ...lines].join('\n\n') + noted, [
    { label: b.meetingsToday, action: action.intent('meetings') },
    { label: b.onlineNow, action: action.onlineMeetings },
    { label: turn.catalogue.topic('craving')?.title ?? 'Cravings', action: action.intent('craving') },
    { label: b.helplines, action: action.intent('helplines') },
  ]);
}

/** A sober date told in words ("sober since 3 March"): set, or changed with the old one kept. */
export async function soberDateTold(turn: Turn, date: string): Promise<Reply> {
  const previous = await turn.store.soberDates.current(turn.memberId);
  if (previous !== date) await turn.store.soberDates.start(turn.memberId, date, turn.now);
  const days = daysSober(date, today(turn)) ?? 0;
  const shown = DateTime.fromISO(date).toFormat('d LLLL yyyy');
  return reply(previous && previous !== date ? en.checkins.soberChanged(shown, days) : en.checkins.soberSet(shown, days), [
    { label: en.buttons.checkin, action: action.intent('checkin') },
  ]);
}

function today(turn: Turn): string {
  return DateTime.fromJSDate(turn.now, { zone: turn.timezone }).toISODate() ?? '';
}

/** "Europe/London" → "UK"; other zones by their city. */
function zoneName(zone: string): string {
  if (zone === 'Europe/London') return 'UK';
  return zone.split('/').at(-1)?.replace(/_/g, ' ') ?? zone;
}
