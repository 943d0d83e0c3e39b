/**
 * A time zone for a shared location: the zone of the nearest of a few reference cities in the
 * countries Harbour knows (UK, Ireland, US, Canada, Australia). Near a zone's edge it can be
 * wrong, so Harbour always says which zone it chose, and "time zone …" changes it.
 */
import { distanceKm } from '../meetings/distance.ts';

const CITIES: [number, number, string][] = [
  [51.51, -0.13, 'Europe/London'], [55.95, -3.19, 'Europe/London'], [54.6, -5.93, 'Europe/London'],
  [53.35, -6.26, 'Europe/Dublin'], [52.66, -8.63, 'Europe/Dublin'],
  [40.71, -74.01, 'America/New_York'], [25.76, -80.19, 'America/New_York'], [42.33, -83.05, 'America/Detroit'],
  [41.88, -87.63, 'America/Chicago'], [29.76, -95.37, 'America/Chicago'], [44.98, -93.27, 'America/Chicago'],
  [39.74, -104.99, 'America/Denver'], [40.76, -111.89, 'America/Denver'], [33.45, -112.07, 'America/Phoenix'],
  [34.05, -118.24, 'America/Los_Angeles'], [47.61, -122.33, 'America/Los_Angeles'], [37.77, -122.42, 'America/Los_Angeles'],
  [61.22, -149.9, 'America/Anchorage'], [21.31, -157.86, 'Pacific/Honolulu'],
  [43.65, -79.38, 'America/Toronto'], [45.5, -73.57, 'America/Toronto'], [44.65, -63.57, 'America/Halifax'],
  [47.56, -52.71, 'America/St_Johns'], [49.9, -97.14, 'America/Winnipeg'], [50.45, -104.61, 'America/Regina'],
  [51.05, -114.07, 'America/Edmonton'], [49.28, -123.12, 'America/Vancouver'],
  [-33.87, 151.21, 'Australia/Sydney'], [-37.81, 144.96, 'Australia/Melbourne'], [-27.47, 153.03, 'Australia/Brisbane'],
  [-31.95, 115.86, 'Australia/Perth'], [-34.93, 138.6, 'Australia/Adelaide'], [-42.88, 147.33, 'Australia/Hobart'], [-12.46, 130.84, 'Australia/Darwin'],
];

/** The zone of the nearest reference city within 1,500 km, or null when none is that close. */
export function zoneNear(latitude: number, longitude: number): string | null {
  let best: { zone: string; km: number } | null = null;
  for (const [lat, lon, zone] of CITIES) {
    const km = distanceKm({ latitude, longitude }, { latitude: lat, longitude: lon });
    if (!best || km < best.km) best = { zone, km };
  }
  return best && best.km <= 1500 ? best.zone : null;
}
