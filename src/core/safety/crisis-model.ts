/**
 * The second net of the crisis check: a classifier trained on crisis messages and on calm ones
 * (hard negatives and every ordinary training utterance). Patterns (crisis.ts) catch what they
 * name exactly; this catches what they have never seen worded that way. Either is enough.
 */
import type { IntentClassifier } from '../understand/classifier.ts';
import type { CrisisSignal } from './crisis.ts';
import type { CrisisKind } from './crisis-signs.ts';

export const CALM = 'calm';
const KINDS = new Set<string>(['suicide', 'selfharm', 'overdose', 'medical', 'danger']);

/** Blended crisis score at or above which it counts: recall first, with false alarms on the hard negatives near 5% in cross-validation (bench/tune-crisis.ts). */
export const CRISIS_MODEL_THRESHOLD = 0.4;

export type CrisisModel = { check(normalised: string): Promise<CrisisSignal | null> };

export function crisisModel(classifier: IntentClassifier, threshold = CRISIS_MODEL_THRESHOLD): CrisisModel {
  return {
    async check(normalised: string): Promise<CrisisSignal | null> {
      const guesses = await classifier.classify(normalised);
      // All crisis kinds together against calm: "cut" may split between self-harm and danger.
      const crisis = guesses.filter((g) => KINDS.has(g.intent));
      const total = crisis.reduce((sum, g) => sum + g.score, 0);
      const top = crisis[0];
      return top && total >= threshold ? { kind: top.intent as CrisisKind } : null;
    },
  };
}
