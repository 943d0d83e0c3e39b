/** The R*Tree's keys for meetings.
 *
 * A fellowship code as a small number for the R*Tree's fourth axis. Small on purpose: the tree
 * splits its nodes along every axis by extent, and a wide axis (a hash, say) would crowd out
 * latitude and longitude and make "near here" slow. Codes not listed share 0; the code itself
 * is always checked too, so sharing only makes the index filter a little less.
 */
const CODES = [
  'AA', 'NA', 'CA', 'CMA', 'MA', 'GA', 'SMART', 'LIFERING', 'WFS', 'RD', 'ALANON', 'NARANON', 'FA', 'OA', 'SLAA', 'SAA', 'SA',
  'ACA', 'CODA', 'DA', 'EA', 'HA', 'PA', 'UA', 'ABA', 'EDA', 'RR', 'SCA', 'CEA-HOW', 'PAL', 'SIA',
];
const KEYS = new Map(CODES.map((code, i) => [code, i + 1]));

export function fellowshipKey(code: string): number {
  return KEYS.get(code) ?? 0;
}

/** The R*Tree's units: 1e-5 degrees, about a metre. */
export const TREE_UNITS_PER_DEGREE = 100_000;
/** Each weekday's band of latitude in the R*Tree (matches the migration). */
export const TREE_DAY_BAND = 20_000_000;
