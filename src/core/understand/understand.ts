/** Reads a message: which intents it carries (one per question) and what it names. */
import type { DateTime } from 'luxon';
import type { IntentClassifier, IntentGuess } from './classifier.ts';
import { parseDay, type DayWanted } from './entities/day.ts';
import { parsePostcode, type PostcodeWanted } from './entities/postcode.ts';
import { parseTime, type TimeWanted } from './entities/time.ts';
import type { PlaceWanted } from './entities/place.ts';
import { parseMeetingWants, type MeetingWants } from './entities/meeting-wants.ts';
import { normalise } from './normalise.ts';
import { segments } from './segment.ts';

/** Below this blended score Harbour says it is not sure rather than guess. */
export const CONFIDENCE_THRESHOLD = 0.25;
/** At most this many questions are answered from one message. */
const MAX_QUESTIONS = 3;
/** Reading stops after this many sentences of this length: enough for any question, and fast. */
const MAX_SENTENCES = 8;
const MAX_READ = 600;

export type Entities = {
  fellowships: string[];
  day: DayWanted | null;
  time: TimeWanted | null;
  postcode: PostcodeWanted | null;
  place: PlaceWanted | null;
  meeting: MeetingWants;
};

export type Understanding = {
  /** Confident intents, one per question, in the order asked; empty when unsure. */
  intents: IntentGuess[];
  /** The best guesses when unsure, to offer as buttons. */
  guesses: IntentGuess[];
  entities: Entities;
};

export type Readers = {
  classifier: IntentClassifier;
  findFellowships: (normalised: string, original: string) => string[];
  findPlace: (normalised: string) => PlaceWanted | null;
  delexicalise: (normalised: string, codes: string[]) => string;
};

/** Builds the reader; `today` is the member's local now. */
export function understanding(readers: Readers, threshold = CONFIDENCE_THRESHOLD) {
  return async function understand(text: string, today: DateTime): Promise<Understanding> {
    const normalised = normalise(text);
    const entities: Entities = {
      fellowships: readers.findFellowships(normalised, text),
      day: parseDay(normalised, today),
      time: parseTime(normalised),
      postcode: parsePostcode(text),
      place: readers.findPlace(normalised),
      meeting: parseMeetingWants(normalised),
    };
    const questions = segments(normalised);
    const intents: IntentGuess[] = [];
    let guesses: IntentGuess[] = [];
    // The whole message first: what it asks for, read with its context ("lost my job to drink,
    // do meetings cost money" asks about cost); then each question in it, for the others asked.
    const readings = questions.length > 1 ? [normalised, ...questions] : [normalised];
    for (const question of readings.slice(0, MAX_SENTENCES + 1)) {
      const ranked = await readers.classifier.classify(readers.delexicalise(question.slice(0, MAX_READ), entities.fellowships));
      const best = ranked[0];
      if (best && best.score >= threshold) {
        if (!intents.some((i) => i.intent === best.intent)) intents.push(best);
      } else if (guesses.length === 0) {
        guesses = ranked.slice(0, 3);
      }
    }
    return { intents: intents.slice(0, MAX_QUESTIONS), guesses, entities };
  };
}

export type Understand = ReturnType<typeof understanding>;
