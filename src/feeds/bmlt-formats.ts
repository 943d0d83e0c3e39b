/**
 * BMLT format keys → NA codes. A server chooses its own key strings, so the stable name is the
 * NA World Services code (`world_id`); we map that to the NA codes the 12 Step Meeting List
 * uses, as BMLT's own Meeting Guide output does. The stock English keys serve when a response
 * carries no format list.
 */

/** world_id → NA codes. */
const BY_WORLD_ID: Record<string, string[]> = {
  BEG: ['BEG'],
  BT: ['BT'],
  CAN: ['CAN'],
  CLOSED: ['C'],
  OPEN: ['O'],
  CPT: ['CPT'],
  CW: ['CW'],
  DISC: ['DISC'],
  GL: ['GL'],
  IP: ['IP'],
  IW: ['IW'],
  JFT: ['JFT'],
  LIT: ['LIT'],
  LC: ['LC'],
  M: ['M'],
  MED: ['MED'],
  NS: ['NS'],
  QA: ['QA'],
  RA: ['RA'],
  SMOK: ['SMOK'],
  SPAD: ['SPAD'],
  SPK: ['SPK'],
  'S-D': ['SPK', 'DISC'],
  STEP: ['STEP'],
  SWG: ['SWG'],
  TOP: ['TOP'],
  TRAD: ['TRAD'],
  VAR: ['VAR'],
  WCHR: ['X'],
  W: ['W'],
  Y: ['Y'],
  TC: ['TC'],
  VM: ['VM'],
  HYBR: ['HY'],
};

/** BMLT's stock English key strings → world_id. */
const STOCK_KEYS: Record<string, string> = {
  B: 'BEG', BT: 'BT', C: 'CLOSED', CL: 'CAN', D: 'DISC', GL: 'GL', IP: 'IP', IW: 'IW', JT: 'JFT', M: 'M', O: 'OPEN',
  RF: 'VAR', SD: 'S-D', SG: 'SWG', So: 'SPK', St: 'STEP', To: 'TOP', Tr: 'TRAD', TW: 'TRAD', W: 'W', WC: 'WCHR',
  YP: 'Y', BK: 'LIT', NS: 'NS', AB: 'QA', ME: 'MED', RA: 'RA', QA: 'QA', CW: 'CW', CP: 'CPT', LC: 'LC', VM: 'VM',
  TC: 'TC', HY: 'HYBR', SPAD: 'SPAD',
};

export type BmltFormat = { key_string?: unknown; world_id?: unknown };

/** Reads a meeting's comma-separated format keys as NA codes, using the response's format list when given. */
export function formatReader(formats: readonly BmltFormat[] | undefined): (keys: string) => string[] {
  const worldIds = new Map(Object.entries(STOCK_KEYS));
  for (const f of formats ?? []) {
    if (typeof f.key_string === 'string' && typeof f.world_id === 'string' && f.world_id) worldIds.set(f.key_string, f.world_id);
  }
  return (keys) => {
    const codes = keys
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean)
      .flatMap((k) => BY_WORLD_ID[worldIds.get(k) ?? ''] ?? []);
    return [...new Set(codes)];
  };
}
