/** The daily check-in message: an encouragement, the day count, a milestone, and one-tap answers. */
import { isSharedSpace, type Reply } from '../inbound.ts';
import { en } from '../text/en.ts';
import { encouragementFor, type Encouragement } from './encouragement.ts';
import { daysSober, milestoneOn } from './milestones.ts';

export const MOODS = ['good', 'okay', 'struggling'] as const;
export type Mood = (typeof MOODS)[number];

/** The check-in for `day` (the member's local date). */
export function dailyMessage(memberId: string, day: string, soberDate: string | null, library: readonly Encouragement[]): Reply {
  const encouragement = encouragementFor(memberId, day, library);
  const days = soberDate ? daysSober(soberDate, day) : null;
  const milestone = soberDate ? milestoneOn(soberDate, day) : null;
  const text = [en.checkins.heading, encouragement?.text, milestone ? en.checkins.milestone(milestone) : null, days !== null && days > 0 ? en.checkins.dayCount(days) : null, en.checkins.howAreYou]
    .filter(Boolean)
    .join('\n\n');
  const b = en.checkinButtons;
  // A group's daily post: the encouragement only; answering how you are is for a private chat.
  if (isSharedSpace(memberId)) return { text: [en.checkins.heading, encouragement?.text].filter(Boolean).join('\n\n'), buttons: [[{ label: b.meeting, action: 'intent:meetings' }]] };
  return {
    text,
    buttons: [
      [
        { label: b.good, action: `mood:good:${day}` },
        { label: b.okay, action: `mood:okay:${day}` },
        { label: b.struggling, action: `mood:struggling:${day}` },
      ],
      [{ label: b.meeting, action: 'intent:meetings' }],
    ],
  };
}
