/**
 * An optional online geocoder for postcodes the gazetteer does not know, speaking the
 * postcodes.io API (`/postcodes/{full}`, `/outcodes/{outward}`). Off unless HARBOUR_GEOCODER_URL
 * is set. Only the postcode is sent, never anything about the member; answers are cached.
 */
import type { Geocoder, Place } from '../core/ports.ts';

const TIMEOUT_MS = 3000;
const CACHE_SIZE = 2000;

type Answer = { status?: number; result?: { latitude?: unknown; longitude?: unknown } | null };

export function postcodesIoGeocoder(baseUrl: string, onError?: (error: unknown) => void): Geocoder {
  const root = baseUrl.replace(/\/+$/, '');
  const cache = new Map<string, Place | null>();
  return {
    async postcode(postcode, full) {
      const key = postcode.toUpperCase();
      if (cache.has(key)) return cache.get(key) ?? null;
      const url = `${root}/${full ? 'postcodes' : 'outcodes'}/${encodeURIComponent(key)}`;
      let place: Place | null = null;
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: 'application/json' } });
        // 404 means "no such postcode": a real answer, cached like any other.
        if (response.ok || response.status === 404) {
          const body = (await response.json()) as Answer;
          const { latitude, longitude } = body.result ?? {};
          if (typeof latitude === 'number' && typeof longitude === 'number') place = { name: key, latitude, longitude };
        } else {
          throw new Error(`geocoder answered ${response.status}`);
        }
      } catch (error) {
        // Unreachable or broken: say "not found" this time, and do not remember it.
        onError?.(error);
        return null;
      }
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
      cache.set(key, place);
      return place;
    },
  };
}
