/**
 * The second net of the crisis check: classifiers trained on crisis messages and on calm ones
 * (hard negatives and every ordinary training utterance). Patterns (crisis.ts) catch what they
 * name exactly; this catches what they have never seen worded that way, and overrules them
 * when it is sure they matched an idiom, a question or a story (crisis-check.ts).
 *
 * Two readers are blended: a regression over words, word pairs, letter runs and meaning
 * (crisis or calm), and the nearest examples by their words, which also say which kind of crisis
 * it is most like.
 */
import type { IntentClassifier } from '../understand/classifier.ts';
import { FEATURES } from '../understand/text-features.ts';
import type { CrisisKind } from './crisis-signs.ts';

export const CALM = 'calm';
const KINDS = new Set<string>(['suicide', 'selfharm', 'overdose', 'medical', 'danger']);

/**
 * Each reader's share, and the blended score at or above which it counts: the most crises
 * caught with false alarms on the development sets' hard negatives under 5% (bench/tune-crisis.ts).
 */
export const CRISIS_BLEND = { regression: 0.5, neighbours: 0.5 };
export const CRISIS_MODEL_THRESHOLD = 0.55;
/** How the regression learns: a missed crisis costs twice a false alarm. */
export const CRISIS_REGRESSION = { size: FEATURES, epochs: 30, rate: 1, missCost: 2 };

export type CrisisReaders = {
  /** Probability the message is a crisis. */
  regression: (normalised: string) => number;
  /** Crisis kinds and calm, from the nearest examples. */
  neighbours: IntentClassifier;
};

/** How much the model thinks a message is a crisis (0 to 1), and which kind it is most like. */
export type CrisisAssessment = { score: number; kind: CrisisKind };

export type CrisisModel = {
  assess(normalised: string): Promise<CrisisAssessment>;
  /** The score at or above which a message counts as a crisis. */
  threshold: number;
};

export function crisisModel(readers: CrisisReaders, threshold = CRISIS_MODEL_THRESHOLD): CrisisModel {
  return {
    threshold,
    async assess(normalised: string): Promise<CrisisAssessment> {
      const kinds = new Map<string, number>();
      let score = CRISIS_BLEND.regression * readers.regression(normalised);
      for (const guess of await readers.neighbours.classify(normalised)) {
        if (!KINDS.has(guess.intent)) continue;
        // All crisis kinds together against calm: "cut" may split between self-harm and danger.
        score += CRISIS_BLEND.neighbours * guess.score;
        kinds.set(guess.intent, (kinds.get(guess.intent) ?? 0) + guess.score);
      }
      // The kind it is most like; with no crisis neighbour at all, the reply for suicidal thoughts (the commonest).
      const kind = [...kinds].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'suicide';
      return { score, kind: kind as CrisisKind };
    },
  };
}
