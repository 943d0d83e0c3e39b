/**
 * Replaces the names in a message with what they are ("what is na" → "what is fellowship",
 * "meetings in leeds near ls6" → "meetings in town near postcode"), for training and reading
 * alike. The classifier then learns the shape of a question once, not once per group or town.
 */
import type { FellowshipNames } from './entities/fellowship.ts';
import { parsePostcode } from './entities/postcode.ts';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternation(names: string[]): RegExp | null {
  const keys = [...new Set(names.map((n) => n.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()).filter(Boolean))];
  if (!keys.length) return null;
  keys.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.map((k) => escape(k).replace(/ /g, '[^\\p{L}\\p{N}]+')).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Builds the replacer from the fellowships' names and the known places. */
export function delexicaliser(fellowships: (FellowshipNames & { kind?: string })[], places: Iterable<string>) {
  // Professional help is not a group: "rehab" and "gp" stay words the classifier learns from.
  const groups = fellowships.filter((f) => f.kind !== 'professional');
  const byCode = new Map(groups.map((f) => [f.code, alternation([...f.aliases, f.code, f.name])]));
  const placePattern = alternation([...places]);
  /** `codes` are the fellowships the entity finder found, so "na mate" stays as it is. */
  return function delexicalise(normalised: string, codes: string[]): string {
    let out = normalised;
    for (const code of codes) {
      const pattern = byCode.get(code);
      if (pattern) out = out.replace(pattern, 'fellowship');
    }
    if (placePattern) out = out.replace(placePattern, 'town');
    const postcode = parsePostcode(out);
    if (postcode) {
      const [outward = '', inward] = postcode.postcode.split(' ');
      out = out.replace(new RegExp(`\\b${inward ? `${outward}\\s*${inward}` : outward}\\b`, 'i'), 'postcode');
    }
    return out;
  };
}
