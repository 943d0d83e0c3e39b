/**
 * What a meeting's type codes mean. Codes belong to a fellowship: AA's `SP` is Speaker, while NA
 * has its own list. Each fellowship reads codes with its own vocabulary; those without one use
 * the Meeting Guide specification's (the 12 Step list most feeds follow).
 */

/** The kinds of meeting members ask for by name. */
export type Feature = 'open' | 'closed' | 'women' | 'men' | 'lgbtq' | 'wheelchair' | 'speaker' | 'step' | 'beginners' | 'young' | 'hearing';

type Vocabulary = Record<string, { label: string; feature?: Feature }>;

/** Meeting Guide specification codes (Code4Recovery), with Harbour's `HL` for a hearing loop. */
const MEETING_GUIDE: Vocabulary = {
  O: { label: 'Open', feature: 'open' },
  C: { label: 'Closed', feature: 'closed' },
  W: { label: 'Women', feature: 'women' },
  M: { label: 'Men', feature: 'men' },
  LGBTQ: { label: 'LGBTQ+', feature: 'lgbtq' },
  G: { label: 'Gay', feature: 'lgbtq' },
  L: { label: 'Lesbian', feature: 'lgbtq' },
  BI: { label: 'Bisexual', feature: 'lgbtq' },
  T: { label: 'Transgender', feature: 'lgbtq' },
  X: { label: 'Wheelchair access', feature: 'wheelchair' },
  XB: { label: 'Wheelchair-accessible toilet' },
  SP: { label: 'Speaker', feature: 'speaker' },
  ST: { label: 'Step study', feature: 'step' },
  BE: { label: 'Newcomers', feature: 'beginners' },
  Y: { label: 'Young people', feature: 'young' },
  HL: { label: 'Hearing loop', feature: 'hearing' },
  'D-HOH': { label: 'Deaf or hard of hearing', feature: 'hearing' },
  ASL: { label: 'Sign language', feature: 'hearing' },
  A: { label: 'Secular' },
  B: { label: 'Big Book study' },
  D: { label: 'Discussion' },
  '11': { label: '11th step meditation' },
  '12x12': { label: '12 steps and 12 traditions' },
  BA: { label: 'Babysitting' },
  CF: { label: 'Child-friendly' },
  CAN: { label: 'Candlelight' },
  DD: { label: 'Dual diagnosis' },
  LIT: { label: 'Literature' },
  MED: { label: 'Meditation' },
  NB: { label: 'Non-binary' },
  OUT: { label: 'Outdoor' },
  POC: { label: 'People of colour' },
  SEN: { label: 'Seniors' },
  TR: { label: 'Tradition study' },
  EN: { label: 'English' },
  TC: { label: 'Venue temporarily closed' },
};

/** NA's codes, as the 12 Step Meeting List and BMLT's own Meeting Guide output name them. */
const NA: Vocabulary = {
  O: { label: 'Open', feature: 'open' },
  C: { label: 'Closed', feature: 'closed' },
  W: { label: 'Women', feature: 'women' },
  M: { label: 'Men', feature: 'men' },
  GL: { label: 'Gay and lesbian', feature: 'lgbtq' },
  X: { label: 'Wheelchair access', feature: 'wheelchair' },
  SPK: { label: 'Speaker', feature: 'speaker' },
  STEP: { label: 'Step meeting', feature: 'step' },
  BEG: { label: 'Beginners and newcomers', feature: 'beginners' },
  Y: { label: 'Young people', feature: 'young' },
  HL: { label: 'Hearing loop', feature: 'hearing' },
  BT: { label: 'Basic Text study' },
  CAN: { label: 'Candlelight' },
  CPT: { label: '12 concepts' },
  CW: { label: 'Children welcome' },
  DISC: { label: 'Discussion' },
  IP: { label: 'Pamphlet study' },
  IW: { label: 'It Works study' },
  JFT: { label: 'Just for Today study' },
  LC: { label: 'Living Clean study' },
  LIT: { label: 'Literature study' },
  MED: { label: 'Meditation' },
  NS: { label: 'Non-smoking' },
  QA: { label: 'Questions and answers' },
  RA: { label: 'Restricted attendance' },
  SMOK: { label: 'Smoking' },
  SPAD: { label: 'Spiritual principle a day' },
  SWG: { label: 'Step working guide study' },
  TOP: { label: 'Topic' },
  TRAD: { label: 'Tradition' },
  VAR: { label: 'Format varies' },
  TC: { label: 'Venue temporarily closed' },
};

const VOCABULARIES: Record<string, Vocabulary> = { NA };

/** The vocabulary a fellowship's codes are read with. */
export function vocabulary(fellowship: string): Vocabulary {
  return VOCABULARIES[fellowship] ?? MEETING_GUIDE;
}

/** The code a fellowship uses for a feature, for importers that only know the feature. */
export function codeFor(fellowship: string, feature: Feature): string | undefined {
  return Object.entries(vocabulary(fellowship)).find(([, v]) => v.feature === feature)?.[0];
}

/** The features a meeting's codes carry. */
export function featuresOf(fellowship: string, codes: readonly string[]): Set<Feature> {
  const words = vocabulary(fellowship);
  const found = new Set<Feature>();
  for (const code of codes) {
    const feature = words[code]?.feature;
    if (feature) found.add(feature);
  }
  return found;
}

/** Plain labels for the codes Harbour knows, in the feed's order; unknown codes are left out. */
export function labelsOf(fellowship: string, codes: readonly string[]): string[] {
  const words = vocabulary(fellowship);
  return codes.flatMap((c) => (words[c] && c !== 'O' && c !== 'C' && c !== 'TC' ? [words[c].label] : []));
}
