/** One meeting in full, and its calendar file. */
import type { Reply } from '../inbound.ts';
import { meetingCalendar } from '../meetings/calendar.ts';
import { nextStart, relativeStart } from '../meetings/occurrence.ts';
import { canAttendInPerson } from '../meetings/meeting.ts';
import { clock } from '../understand/entities/time.ts';
import { en } from '../text/en.ts';
import { action } from './actions.ts';
import type { Turn } from './intents.ts';
import { detailCard, directionsLink, joinLine, shownName, whereLine } from './meeting-card.ts';
import { reply } from './reply.ts';

/** The detail view: every field, notes, what open/closed means, and what one can do next. */
export async function meetingDetail(id: number, turn: Turn, miles: boolean): Promise<Reply> {
  const meeting = await turn.store.meetings.byId(id);
  if (!meeting) return reply(en.meetings.gone, [{ label: en.buttons.meetings, action: action.intent('meetings') }]);
  const text = detailCard(meeting, nextStart(meeting, turn.now), { now: turn.now, memberZone: turn.timezone, miles });
  const more = turn.state.shown && turn.state.shown.next < turn.state.shown.items.length;
  const venue =
    canAttendInPerson(meeting) && meeting.latitude !== null && meeting.longitude !== null && !meeting.demo
      ? { venue: { latitude: meeting.latitude, longitude: meeting.longitude, title: meeting.name.slice(0, 100), address: (whereLine(meeting) || meeting.town || '').slice(0, 200) } }
      : {};
  return { ...venue, ...reply(text, [
    { label: en.meetings.calendar, action: action.calendar(meeting.id) },
    { label: en.meetings.remind, action: action.remind(meeting.id) },
    ...(more ? [{ label: en.meetings.more, action: action.moreMeetings }] : []),
    { label: catalogueTitle(turn), action: action.intent('first_meeting') },
  ]) };
}

/** An .ics file that repeats weekly in the meeting's own zone. */
export async function meetingCalendarReply(id: number, turn: Turn): Promise<Reply> {
  const meeting = await turn.store.meetings.byId(id);
  if (!meeting) return reply(en.meetings.gone, [{ label: en.buttons.meetings, action: action.intent('meetings') }]);
  const location = meeting.attendance === 'online' ? (meeting.onlineUrl ?? null) : whereLine(meeting) || null;
  const description = [
    meeting.demo ? en.meetings.demo.replace(/\*\*/g, '') : null,
    `${meeting.fellowship} meeting.`,
    meeting.onlineUrl && !meeting.demo ? `Join: ${meeting.onlineUrl}` : null,
    meeting.notes,
  ]
    .filter(Boolean)
    .join('\n');
  const content = meetingCalendar(meeting, turn.now, { description, location });
  const name = `${meeting.name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'meeting'}.ics`;
  return { ...reply(en.meetings.calendarSent(shownName(meeting))), file: { name, mime: 'text/calendar', content } };
}

function catalogueTitle(turn: Turn): string {
  return turn.catalogue.topic('first_meeting')?.title ?? 'First meeting';
}

/** Queues a reminder an hour before the meeting's next start, once; sent by the scheduler's tick. */
export async function remindBefore(id: number, turn: Turn, miles: boolean): Promise<Reply> {
  const meeting = await turn.store.meetings.byId(id);
  if (!meeting) return reply(en.meetings.gone, [{ label: en.buttons.meetings, action: action.intent('meetings') }]);
  const start = nextStart(meeting, turn.now);
  const due = start.minus({ hours: 1 });
  const ctx = { now: turn.now, memberZone: turn.timezone, miles };
  if (due.toMillis() <= turn.now.getTime()) {
    const soon = relativeStart(start, turn.now, turn.timezone);
    return reply(`${en.meetings.reminderTooLate(soon)}\n\n${detailCard(meeting, start, ctx)}`);
  }
  const at = `${clock(meeting.start)} ${start.toFormat('cccc d LLLL')}`;
  const dueLocal = due.setZone(turn.timezone);
  const when = `${clock(dueLocal.hour * 60 + dueLocal.minute)} on ${dueLocal.toFormat('cccc d LLLL')}`;
  const where = [whereLine(meeting), directionsLink(meeting), joinLine(meeting)].filter(Boolean).join('\n');
  const reminder = reply([en.meetings.reminder(shownName(meeting), at), where, meeting.demo ? en.meetings.demo : null].filter(Boolean).join('\n\n'), [
    { label: en.meetings.aboutIt, action: action.meeting(meeting.id) },
  ]);
  const queued = await turn.store.outbox.schedule(
    { memberId: turn.memberId, channel: turn.channel, chat: turn.chat, kind: 'meeting-reminder', key: `meeting:${meeting.id}:${start.toUTC().toISO() ?? ''}`, dueAt: due.toJSDate(), expiresAt: start.toJSDate(), replies: [reminder] },
    turn.now,
  );
  return reply(queued ? en.meetings.reminderSet(when) : en.meetings.reminderAlready(when));
}
