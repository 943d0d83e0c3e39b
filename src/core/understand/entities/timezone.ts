/** Finds a time zone a member names: an IANA name ("Europe/Dublin", "america/new york") or a well-known city. */

/** Cities people name for a zone, where the IANA name is not the obvious word. */
const CITIES: Record<string, string> = {
  london: 'Europe/London', uk: 'Europe/London', britain: 'Europe/London', england: 'Europe/London', scotland: 'Europe/London', wales: 'Europe/London',
  'northern ireland': 'Europe/London', ireland: 'Europe/Dublin', dublin: 'Europe/Dublin', 'new york': 'America/New_York', chicago: 'America/Chicago',
  denver: 'America/Denver', 'los angeles': 'America/Los_Angeles', 'san francisco': 'America/Los_Angeles', seattle: 'America/Los_Angeles',
  toronto: 'America/Toronto', vancouver: 'America/Vancouver', sydney: 'Australia/Sydney', melbourne: 'Australia/Melbourne',
  brisbane: 'Australia/Brisbane', perth: 'Australia/Perth', adelaide: 'Australia/Adelaide',
};

const ZONES = new Map(Intl.supportedValuesOf('timeZone').map((z) => [z.toLowerCase().replace(/_/g, ' '), z]));

/** The zone named after "time zone"/"timezone"/"I'm in", or null. */
export function parseTimezone(normalised: string): string | null {
  const m = /\b(?:time ?zone|tz)\b(?: is| to| =)?\s*(.+)$/.exec(normalised);
  if (!m?.[1]) return null;
  const named = m[1].trim().replace(/[?!.]+$/, '').replace(/_/g, ' ');
  return ZONES.get(named) ?? CITIES[named] ?? null;
}
