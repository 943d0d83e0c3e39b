/**
 * Which helpline region a shared location falls in. Rough boxes are enough here: the answer
 * only picks which country's helplines to show, and the default (UK) is always a safe fallback.
 */

type Box = { region: string; south: number; west: number; north: number; east: number };

// Ordered so the smaller, overlapping boxes win: Northern Ireland is UK, the rest of the island is IE.
const BOXES: Box[] = [
  { region: 'GB', south: 54.0, west: -8.2, north: 55.4, east: -5.4 }, // Northern Ireland
  { region: 'IE', south: 51.3, west: -10.7, north: 55.5, east: -5.9 },
  { region: 'GB', south: 49.8, west: -8.7, north: 61.0, east: 1.9 },
  { region: 'AU', south: -44.0, west: 112.0, north: -10.0, east: 154.0 },
  { region: 'CA', south: 43.3, west: -80.5, north: 49.0, east: -74.5 }, // southern Ontario
  { region: 'CA', south: 45.3, west: -74.5, north: 49.0, east: -71.1 }, // southern Quebec
  { region: 'CA', south: 49.0, west: -141.0, north: 83.5, east: -52.0 },
  { region: 'US', south: 24.0, west: -125.0, north: 49.0, east: -66.5 },
  { region: 'US', south: 51.0, west: -180.0, north: 71.5, east: -129.0 }, // Alaska
  { region: 'US', south: 18.5, west: -161.0, north: 22.5, east: -154.5 }, // Hawaii
];

/** The region code for a point, or null when it is in none of them. */
export function regionAt(lat: number, lon: number): string | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  return BOXES.find((b) => lat >= b.south && lat <= b.north && lon >= b.west && lon <= b.east)?.region ?? null;
}
