/** Great-circle distance, and the units members read it in. */

export type Point = { latitude: number; longitude: number };

export const KM_PER_MILE = 1.609344;
const EARTH_RADIUS_KM = 6371.0088;

/** Kilometres between two points (haversine). */
export function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** "0.8 miles" in the UK, "1.3 km" elsewhere. */
export function formatDistance(km: number, miles: boolean): string {
  const value = miles ? km / KM_PER_MILE : km;
  const shown = value < 10 ? value.toFixed(1) : Math.round(value).toString();
  return miles ? `${shown} ${shown === '1.0' ? 'mile' : 'miles'}` : `${shown} km`;
}
