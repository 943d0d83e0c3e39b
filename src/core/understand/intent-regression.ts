/**
 * How the intent regression learns. Chosen on the development sets (bench/tune-understand.ts):
 * blending in the word neighbours as well gained a quarter of a point and doubled a reply's
 * slowest times, so intents are read by the regression alone, behind the speller.
 */
import { FEATURES } from './text-features.ts';

export const INTENT_REGRESSION = { size: FEATURES, epochs: 20, rate: 1 };
