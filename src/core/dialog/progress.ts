/** `progress`: sober days, the check-in streak, and (if tracking) a chart of recent answers. */
import { DateTime } from 'luxon';
import type { Reply } from '../inbound.ts';
import { daysSober } from '../checkins/milestones.ts';
import { answerStreak, moodChartSvg } from '../checkins/mood-chart.ts';
import { en } from '../text/en.ts';
import type { Turn } from './intents.ts';
import { reply } from './reply.ts';
import { clock } from '../understand/entities/time.ts';

const CHART_DAYS = 30;

export async function progress(turn: Turn): Promise<Reply> {
  const today = DateTime.fromJSDate(turn.now, { zone: turn.timezone });
  const day = today.toISODate() ?? '';
  const soberDate = await turn.store.soberDates.current(turn.memberId);
  const settings = await turn.store.checkins.get(turn.memberId);
  const moods = settings?.tracking ? await turn.store.checkins.moods(turn.memberId, today.minus({ days: CHART_DAYS - 1 }).toISODate() ?? '') : [];
  const text = en.checkins.progress(soberDate ? daysSober(soberDate, day) : null, answerStreak(moods, day), moods.length);
  if (!settings?.tracking) return reply(`${text}\n\n${en.checkins.progressNoTracking}`);
  const svg = moodChartSvg(moods, day, CHART_DAYS);
  const file = turn.renderPng
    ? { name: 'progress.png', mime: 'image/png', content: turn.renderPng(svg), encoding: 'base64' as const }
    : { name: 'progress.svg', mime: 'image/svg+xml', content: svg };
  return { ...reply(text), file };
}

/** A member's overview, with no side effects (Slack's Home tab): check-in setting and progress. */
export async function overview(turn: Turn): Promise<Reply> {
  const settings = await turn.store.checkins.get(turn.memberId);
  const today = DateTime.fromJSDate(turn.now, { zone: turn.timezone }).toISODate() ?? '';
  const soberDate = await turn.store.soberDates.current(turn.memberId);
  const checkin = settings?.active
    ? en.checkins.status(clock(settings.minute), settings.timezone.replace(/_/g, ' '), settings.pausedUntil && settings.pausedUntil >= today ? settings.pausedUntil : null)
    : en.checkins.off;
  const days = soberDate ? daysSober(soberDate, today) : null;
  return reply([checkin, days === null ? null : en.checkins.daysLine(days)].filter(Boolean).join('\n\n'));
}
