/** Finds a UK postcode in a message: a full one ("LS6 2AB") or just its outward code ("M1"). */
import { isValid, toNormalised, toOutcode, validOutcode } from 'postcode';

export type PostcodeWanted = { postcode: string; outward: string; full: boolean };

const FULL = /\b([a-z]{1,2}\d[a-z\d]?)\s*(\d[a-z]{2})\b/i;
const OUTWARD = /\b([a-z]{1,2}\d[a-z\d]?)\b/gi;
/** Outward codes that are more often a vitamin or a motorway in chat. */
const NOT_POSTCODES = new Set(['b12', 'm5', 'm6', 'm25', 'm62']);

/** The postcode in `text` (original or normalised), or null. */
export function parsePostcode(text: string): PostcodeWanted | null {
  const full = FULL.exec(text);
  if (full) {
    const candidate = `${full[1]} ${full[2]}`;
    if (isValid(candidate)) {
      const postcode = toNormalised(candidate) ?? candidate.toUpperCase();
      return { postcode, outward: toOutcode(candidate) ?? postcode.split(' ')[0] ?? postcode, full: true };
    }
  }
  for (const m of text.matchAll(OUTWARD)) {
    const code = (m[1] ?? '').toUpperCase();
    // An outward code needs a digit after its letters and must not be a lone everyday token.
    if (validOutcode(code) && !NOT_POSTCODES.has(code.toLowerCase())) return { postcode: code, outward: code, full: false };
  }
  return null;
}
