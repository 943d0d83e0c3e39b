/** What every intent classifier gives back: intents with scores in [0, 1], best first. */
export type IntentGuess = { intent: string; score: number };

export interface IntentClassifier {
  classify(normalised: string): Promise<IntentGuess[]>;
}

/** Scores summed per intent and rescaled to [0, 1], best first. */
export function ranked(scores: Map<string, number>): IntentGuess[] {
  const total = [...scores.values()].reduce((a, b) => a + b, 0);
  if (total <= 0) return [];
  return [...scores.entries()]
    .map(([intent, score]) => ({ intent, score: score / total }))
    .sort((a, b) => b.score - a.score);
}
