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

  /** Codes of the fellowships named in `normalised` text, in the order they appear. */
  return function findFellowships(normalised: string, original: string = normalised): string[] {
    const tokens = normalised.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);
    const upper = new Set(original.match(/\b[A-Z]{2,5}\b/g) ?? []);
    const taken = new Array<boolean>(tokens.length).fill(false);
    const found: { code: string; at: number }[] = [];
    for (const alias of aliases) {
      const n = alias.words.length;
      for (let i = 0; i + n <= tokens.length; i++) {
        if (taken.slice(i, i + n).some(Boolean)) continue;
        const span = tokens.slice(i, i + n);
        if (!span.every((t, k) => wordMatches(t, alias.words[k] ?? ''))) continue;
        if (n === 1 && AMBIGUOUS.has(span[0] ?? '') && !inContext(tokens, i, upper)) continue;
        for (let k = i; k < i + n; k++) taken[k] = true;
        found.push({ code: alias.code, at: i });
      }
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
