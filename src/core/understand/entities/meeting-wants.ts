/** What kind of meeting a member asks for beyond day and place: online, women's, nearest, a name. */
import type { Feature } from '../../meetings/types.ts';

export type MeetingWants = {
  /** Online only ("zoom meeting", "online"). */
  online: boolean;
  /** In person only ("in person", "face to face"). */
  inPerson: boolean;
  /** Both in the room and online ("hybrid"). */
  hybrid: boolean;
  features: Feature[];
  /** Sorted by distance rather than start time ("nearest", "closest"). */
  nearest: boolean;
  /** Words that may name a group or venue ("Headingley Serenity"), for a name search. */
  words: string[];
};

const FEATURE_WORDS: [RegExp, Feature][] = [
  [/\b(women|womens|woman|ladies|female)\b/, 'women'],
  [/\b(men|mens|male|blokes)\b/, 'men'],
  [/\b(lgbt\w*|gay|lesbian|queer|trans|bi)\b/, 'lgbtq'],
  [/\b(wheelchair\w*|accessible|step free|disabled access)\b/, 'wheelchair'],
  [/\b(beginners?|newcomers?|newbies?|first timers?)\b/, 'beginners'],
  [/\b(speaker|speakers)\b/, 'speaker'],
  [/\b(step meeting|step study|steps meeting)\b/, 'step'],
  [/\b(young people|youth|under 30s?)\b/, 'young'],
  [/\b(hearing loop|deaf|hard of hearing|sign language|bsl)\b/, 'hearing'],
  [/\bopen (meeting|meetings|to all|one)\b/, 'open'],
  [/\bclosed (meeting|meetings|one)\b/, 'closed'],
];

/** Words that never name a group: questions, meeting words, days, times, fellowships, features. */
const NOT_NAMES = new Set(
  `a an the and or of on at in to for from near nr me my i is are am be it its there any some this that these those what when where which who how
  time times start starts starting open closed meeting meetings group groups mtg session sessions find show looking look need want wanna get go
  going can could please pls help tell know today tonight tomorrow now soon right later week weekend morning afternoon evening night late
  hybrid early lunch lunchtime midday noon monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun next after before
  around about by am pm online zoom virtual person face local nearby nearest closest area anything anywhere else other more with without
  aa na ca cma ma ga smart recovery alcoholics narcotics cocaine anonymous al anon alateen families lifering dharma women womens men mens
  ladies beginners beginner newcomer newcomers speaker step steps wheelchair accessible lgbt lgbtq gay young people hearing loop held happen
  happens happening running run on do does did have has will would should ever every attend attending go there here where abouts place
  places venue venues address directions postcode town city miles mile km close`.split(/\s+/),
);

/** Reads the wants in normalised text. */
export function parseMeetingWants(normalised: string): MeetingWants {
  const text = ` ${normalised.replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const features = FEATURE_WORDS.filter(([pattern]) => pattern.test(text)).map(([, f]) => f);
  const words = text
    .trim()
    .split(' ')
    .filter((w) => w.length >= 2 && !NOT_NAMES.has(w) && !/\d/.test(w));
  return {
    online: /\b(online|zoom|virtual|video|teams|on line|from home)\b/.test(text) && !/\bnot online\b/.test(text),
    inPerson: /\b(in person|face to face|in real life|irl|not online)\b/.test(text),
    hybrid: /\bhybrid\b/.test(text),
    features: [...new Set(features)],
    nearest: /\b(nearest|closest|near ?by|nearby|close to me|closest to me)\b/.test(text),
    words: [...new Set(words)].slice(0, 6),
  };
}
