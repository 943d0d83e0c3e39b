/**
 * Puts typos right against the training vocabulary before classifying: "sponser" → "sponsor",
 * "anonymus" → "anonymous". NLP.js only knows words it was trained on, so this is the
 * spelling-tolerant layer in front of it. Words it knows, and short words, are left alone.
 */
import { distance } from 'fastest-levenshtein';

export function speller(texts: Iterable<string>) {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of text.split(/[^\p{L}\p{N}]+/u)) if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  const vocabulary = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const cache = new Map<string, string>();

  function correct(word: string): string {
    if (word.length < 5 || counts.has(word) || /\d/.test(word)) return word;
    const known = cache.get(word);
    if (known !== undefined) return known;
    const allowed = word.length >= 9 ? 2 : 1;
    let best = word;
    let bestDistance = allowed + 1;
    // Most frequent first, so ties go to the commoner word.
    for (const candidate of vocabulary) {
      if (Math.abs(candidate.length - word.length) > allowed) continue;
      const d = distance(word, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
        if (d === 1) break;
      }
    }
    if (cache.size < 10_000) cache.set(word, best);
    return best;
  }

  return {
    /** The text with each unknown word replaced by its nearest known word, if one is close. */
    correct: (text: string): string => text.replace(/[\p{L}\p{N}]+/gu, correct),
    /** The share of a text's words that training has seen: how much of the message there is to go on. */
    known(text: string): number {
      const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      return words.length ? words.filter((w) => counts.has(w)).length / words.length : 0;
    },
  };
}
