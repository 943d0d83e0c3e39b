import { describe, expect, it } from 'vitest';
import { regionAt } from '../../../src/core/safety/region-at.ts';

describe('regionAt', () => {
  it.each([
    [53.8, -1.55, 'GB'], // Leeds
    [54.6, -5.93, 'GB'], // Belfast
    [53.35, -6.26, 'IE'], // Dublin
    [51.9, -8.47, 'IE'], // Cork
    [40.71, -74.0, 'US'], // New York
    [43.65, -79.38, 'CA'], // Toronto
    [-33.87, 151.21, 'AU'], // Sydney
  ])('%f, %f is %s', (lat, lon, region) => {
    expect(regionAt(lat, lon)).toBe(region);
  });
  it('answers null for elsewhere and for nonsense', () => {
    expect(regionAt(48.85, 2.35)).toBeNull(); // Paris
    expect(regionAt(Number.NaN, 0)).toBeNull();
  });
});
