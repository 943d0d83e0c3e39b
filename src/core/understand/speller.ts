/**
 * Puts typos right against the training vocabulary before classifying: "sponser" → "sponsor",
 * "anonymus" → "anonymous". The readers weigh words they were trained on, so this is the
 * spelling-tolerant layer in front of them. Words it knows, and short words, are left alone.
 */
import { distance } from 'fastest-levenshtein';

/** `isWord` says a word is real English though training never used it ("edinburgh"): left alone. */
export function speller(texts: Iterable<string>, isWord: (word: string) => boolean = () => false) {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of text.split(/[^\p{L}\p{N}]+/u)) if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  // By length, most frequent first, so only words near in length are compared and ties go to the commoner word.
  const byLength = new Map<number, string[]>();
  for (const [word] of [...counts.entries()].sort((a, b) => b[1] - a[1])) {
    const same = byLength.get(word.length);
    if (same) same.push(word);
    else byLength.set(word.length, [word]);
  }
  const cache = new Map<string, string>();

  // Every word with one letter dropped, to the words it came from: two words one slip apart
  // always share one, so a typo's neighbours are found without comparing it to every word.
  // Built at the first word that needs it, so a start that meets no typo never pays for it.
  let oneDropped: Map<string, string[]> | null = null;
  const drops = (word: string) => [word, ...Array.from(word, (_, i) => word.slice(0, i) + word.slice(i + 1))];
  function oneSlipAway(word: string): string | null {
    if (!oneDropped) {
      const index = new Map<string, string[]>();
      for (const known of counts.keys()) {
        if (known.length < 4) continue;
        for (const d of new Set(drops(known))) {
          const from = index.get(d);
          if (from) from.push(known);
          else index.set(d, [known]);
        }
      }
      oneDropped = index;
    }
    let best: string | null = null;
    for (const d of new Set(drops(word))) {
      for (const candidate of oneDropped.get(d) ?? []) {
        if (distance(word, candidate) === 1 && (best === null || (counts.get(candidate) ?? 0) > (counts.get(best) ?? 0))) best = candidate;
      }
    }
    return best;
  }

  function correct(word: string): string {
    if (word.length < 5 || counts.has(word) || /\d/.test(word) || isWord(word)) return word;
    const known = cache.get(word);
    if (known !== undefined) return known;
    let best = oneSlipAway(word) ?? word;
    // Long words may have slipped twice ("alchoholics"): those few are compared the long way.
    if (best === word && word.length >= 9) {
      let bestDistance = 3;
      for (let length = word.length - 2; length <= word.length + 2; length++) {
        for (const candidate of byLength.get(length) ?? []) {
          const d = distance(word, candidate);
          if (d < bestDistance || (d === bestDistance && (counts.get(candidate) ?? 0) > (counts.get(best) ?? 0))) {
            best = candidate;
            bestDistance = d;
          }
        }
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
