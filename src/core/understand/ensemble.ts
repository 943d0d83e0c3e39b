/**
 * Two classifiers are better than one here: NLP.js generalises over word forms, the fuzzy
 * neighbours forgive typos. Their scores are blended; the blend's weight was chosen on the
 * training set's cross-validation, never on the held-out set (see bench/understand).
 */
import type { IntentClassifier, IntentGuess } from './classifier.ts';
import { ranked } from './classifier.ts';

/** Share of the blend given to NLP.js; the rest goes to the fuzzy neighbours. */
export const NLPJS_WEIGHT = 0.5;

export function ensemble(parts: { classifier: IntentClassifier; weight: number }[]): IntentClassifier {
  return {
    async classify(normalised: string): Promise<IntentGuess[]> {
      const blended = new Map<string, number>();
      for (const { classifier, weight } of parts) {
        for (const guess of await classifier.classify(normalised)) {
          blended.set(guess.intent, (blended.get(guess.intent) ?? 0) + weight * guess.score);
        }
      }
      const total = parts.reduce((sum, p) => sum + p.weight, 0);
      // Keep absolute confidence (a weak match stays weak) rather than renormalising to 1.
      return ranked(blended).map((g) => ({ intent: g.intent, score: (blended.get(g.intent) ?? 0) / total }));
    },
  };
}
