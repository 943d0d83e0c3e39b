/** Finds the fellowships a message names: codes, names, aliases, and near-misses typed in a hurry. */
import { distance } from 'fastest-levenshtein';

export type FellowshipNames = { code: string; name: string; aliases: string[] };

/** Two-letter codes that are also everyday words ("na mate", "ma" for mum): need context. */
const AMBIGUOUS = new Set(['na', 'ma', 'ca', 'ga', 'fa', 'rd']);
const CONTEXT_BEFORE = new Set(['is', 'about', 'vs', 'versus', 'or', 'and', 'at', 'to', 'an', 'the', 'in', 'join', 'try', 'like', 'with', 'than', 'any']);
const CONTEXT_AFTER = new Set(['meeting', 'meetings', 'group', 'groups', 'or', 'vs', 'versus', 'and', 'sponsor', 'member', 'members', 'online']);

type Alias = { code: string; words: string[] };

/** Builds a finder over the given fellowships' aliases. */
export function fellowshipFinder(fellowships: FellowshipNames[]) {
  const aliases: Alias[] = fellowships.flatMap((f) =>
    [...new Set([...f.aliases, f.code.toLowerCase(), f.name.toLowerCase()])].map((a) => ({
      code: f.code,
      words: a.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean),
    })),
  );
  // Longest aliases first, so "narcotics anonymous" wins over a stray "na".
  aliases.sort((a, b) => b.words.join(' ').length - a.words.join(' ').length);
  const aliasWords = [...new Set(aliases.flatMap((a) => a.words))];
  // The alias words each token matches, worked out once per distinct token: training reads
  // thousands of messages through here at every start.
  const matched = new Map<string, Set<string>>();
  const matches = (token: string): Set<string> => {
    let words = matched.get(token);
    if (!words) {
      words = new Set(aliasWords.filter((w) => wordMatches(token, w)));
      if (matched.size > 50_000) matched.clear();
      matched.set(token, words);
    }
    return words;
  };

  /** Aliases by their first word, as positions in the longest-first order. */
  const byFirstWord = new Map<string, number[]>();
  aliases.forEach((alias, at) => byFirstWord.set(alias.words[0] ?? '', [...(byFirstWord.get(alias.words[0] ?? '') ?? []), at]));

  /** Codes of the fellowships named in `normalised` text, in the order they appear. */
  return function findFellowships(normalised: string, original: string = normalised): string[] {
    const tokens = normalised.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);
    const upper = new Set(original.match(/\b[A-Z]{2,5}\b/g) ?? []);
    // Where each alias could start: only aliases whose first word a token matches.
    const starts: { alias: number; at: number }[] = [];
    tokens.forEach((token, at) => {
      for (const word of matches(token)) for (const alias of byFirstWord.get(word) ?? []) starts.push({ alias, at });
    });
    // Longest aliases first, then left to right, so "narcotics anonymous" wins over a stray "na".
    starts.sort((a, b) => a.alias - b.alias || a.at - b.at);
    const taken = new Array<boolean>(tokens.length).fill(false);
    const found: { code: string; at: number }[] = [];
    for (const { alias: index, at: i } of starts) {
      const alias = aliases[index]!;
      const n = alias.words.length;
      if (i + n > tokens.length) continue;
      let here = true;
      for (let k = 0; k < n && here; k++) here = !taken[i + k] && matches(tokens[i + k] ?? '').has(alias.words[k] ?? '');
      if (!here) continue;
      if (n === 1 && AMBIGUOUS.has(tokens[i] ?? '') && !inContext(tokens, i, upper)) continue;
      for (let k = i; k < i + n; k++) taken[k] = true;
      found.push({ code: alias.code, at: i });
    }
    found.sort((a, b) => a.at - b.at);
    return [...new Set(found.map((f) => f.code))];
  };
}

/** Exact for short words; one slip allowed from five letters, two from nine ("alchoholics"). */
function wordMatches(token: string, word: string): boolean {
  if (token === word) return true;
  if (word.length < 5 || token.length < 4) return false;
  const allowed = word.length >= 9 ? 2 : 1;
  return Math.abs(token.length - word.length) <= allowed && distance(token, word) <= allowed;
}

function inContext(tokens: string[], i: number, upper: Set<string>): boolean {
  const token = tokens[i] ?? '';
  if (upper.has(token.toUpperCase())) return true;
  if (tokens.length <= 2) return true;
  return CONTEXT_BEFORE.has(tokens[i - 1] ?? '') || CONTEXT_AFTER.has(tokens[i + 1] ?? '');
}
