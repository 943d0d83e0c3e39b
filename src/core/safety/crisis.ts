/**
 * The crisis check every inbound message passes before anything else. Pure and fast: patterns
 * over normalised text (crisis-signs.ts), biased toward recall, with one narrow exception for
 * crises told as recovery stories ("two years ago I tried to end my life; today I'm sober").
 */
import { normalise } from '../understand/normalise.ts';
import { CRISIS_SIGNS, type CrisisKind } from './crisis-signs.ts';

export type CrisisSignal = { kind: CrisisKind };

/** When several signs match, the one needing the fastest help leads the reply. */
const URGENCY: CrisisKind[] = ['overdose', 'medical', 'danger', 'suicide', 'selfharm'];

// "od'd" needs its apostrophe: "the odd drink" is everyday talk.
const RAW_OVERDOSE = /\b(?:od|o\.d)['’]d\b|\bOD(?:'?d|ed|ing)?\b|\b(?:he|she|they|i|ive|i've|has|have|just|mate|friend)(?:'s| is| has| have)? (?:od|OD)(?:'d|ed)?\b/;

/** Long messages are read in overlapping windows so a pattern never scans 100 KB at once. */
const WINDOW = 2000;
const OVERLAP = 300;

const PAST = /\b(?:\d+|a|one|two|three|four|five|six|ten|few|couple of|many) (?:years?|yrs?|months?|weeks?) ago\b|\b(?:years|months) back\b|\blast (?:winter|summer|spring|autumn|christmas|new year)\b|\bthat was (?:in )?(?:19|20)\d\d\b|\b\d+ (?:months|years|yrs) now\b|\bback then\b|\bthe first time\b|\b(?:years|ages|a long time|long ago) ago\b|\blong ago\b|\bas a (?:teenager|kid|child|teen)\b|\bback when\b|\b(?:used to|back in|in (?:19|20)\d\d|last year|when i was (?:drinking|using|younger|a teenager|in active addiction|at my worst)|before i got (?:sober|clean|help)|(?:sober|clean) (?:for|since)|\d+ (?:days?|weeks?|months?|years?|yrs?) (?:sober|clean)|(?:sober|clean) \d+|rock bottom|got me into|when i was \d+|(?:i am|im) \d+ now|(?:watched|watching|read|reading|saw|seen) (?:a |the )?(?:film|movie|documentary|book|article|programme|show|play|episode)|thats why i got (?:clean|sober)|died (?:of|from) (?:an )?overdose|(?:episode|film|movie|show|book|novel|story|series|documentary|soap|programme) (?:had|was about|showed)|when i (?:first )?(?:came in|got here|started)|i was (?:so |really |very )?(?:suicidal|self harming|cutting)|(?:now )?(?:i am|im) doing (?:well|ok|okay|great|better)|life is good|doing well now|what got me|brought me to|my story|i survived|that was (?:years|a long time)|at my lowest|(?:have not|havent|not) (?:self harmed|cut|harmed myself|felt like that|done that|used|drunk|had a drink) (?:for|since|in))\b/;
const PRESENT = /\b(?:(?:i am|im|am|i feel|feel|feeling|been feeling|i keep|keep|getting|gotten) (?:so |really |very |pretty |quite |proper )?(?:suicidal|self harming|selfharming|cutting|overdosing|like dying|like ending it)|again|right now|at the moment|atm|still (?:want|feel|think)|feel(?:ing)? like (?:doing it|that|it|i want|ending|dying)|thinking about (?:it|doing it|ending|dying)|can not stop thinking|cant stop thinking|want to die|now i (?:want|feel)|scared i will|back there|creeping back|coming back)\b/;

function windows(text: string): string[] {
  if (text.length <= WINDOW) return [text];
  const out: string[] = [];
  for (let i = 0; i < text.length; i += WINDOW - OVERLAP) out.push(text.slice(i, i + WINDOW));
  return out;
}

/** The crisis a message signals, or null. */
export function checkCrisis(text: string): CrisisSignal | null {
  const read = readCrisisSigns(text);
  return read ? { kind: read.kind } : null;
}

/**
 * The crisis the signs point to, and whether the model may overrule them: only when every
 * sign that matched is a topic word or idiom-prone phrase, or the message tells of the past.
 */
export function readCrisisSigns(text: string): (CrisisSignal & { overrulable: boolean }) | null {
  if (!text || !/[\p{L}\p{N}]/u.test(text)) return null;
  const found = new Map<CrisisKind, boolean>(); // kind -> only matched by past-tense signs
  let firm = false;
  let toldAsPast = false;
  // Normalising turns "od'd" into "odd", so overdose shorthand is read from the raw text first.
  if (RAW_OVERDOSE.test(text)) found.set('overdose', false);
  for (const part of windows(text)) {
    const t = normalise(part);
    for (const sign of CRISIS_SIGNS) {
      if (!sign.pattern.test(t)) continue;
      const onlyPast = (found.get(sign.kind) ?? true) && sign.past === true;
      found.set(sign.kind, onlyPast);
      if (!sign.overrulable) firm = true;
    }
    const past = PAST.test(t);
    if (past) toldAsPast = true;
    if (found.size && [...found.values()].every(Boolean) && past && !PRESENT.test(t)) found.clear();
  }
  const kind = URGENCY.find((k) => found.has(k));
  return kind ? { kind, overrulable: !firm || toldAsPast } : null;
}
