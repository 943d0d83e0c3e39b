/**
 * Two readers are better than one here: the regression generalises over words, word pairs
 * and meaning, the word neighbours remember phrasings. Their scores are blended; the weights were
 * chosen on the development sets, never on the test set (bench/tune-understand.ts).
 */
import type { IntentClassifier, IntentGuess } from './classifier.ts';
import { ranked } from './classifier.ts';
import { FEATURES } from './text-features.ts';

/** Each reader's share of the blend, chosen on the development sets (bench/tune-understand.ts). */
export const BLEND = { regression: 0.7, neighbours: 0.3 };
export type Blend = typeof BLEND;
/** How the intent regression learns. */
export const INTENT_REGRESSION = { size: FEATURES, epochs: 20, rate: 1 };

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
