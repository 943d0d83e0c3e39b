import { describe, expect, it } from 'vitest';
import { placeFinder } from '../../../../src/core/understand/entities/place.ts';

const findPlace = placeFinder(['Leeds', 'Milton Keynes', 'Stoke-on-Trent', 'York', 'Newcastle']);

describe('placeFinder', () => {
  it('finds known places whole-word and case-blind', () => {
    expect(findPlace('meetings in leeds tonight')).toEqual({ name: 'Leeds', known: true });
    expect(findPlace('anything near milton keynes')).toEqual({ name: 'Milton Keynes', known: true });
    expect(findPlace('stoke on trent aa')).toEqual({ name: 'Stoke-on-Trent', known: true });
  });
  it('does not find a place inside another word', () => {
    expect(findPlace('yorkshire pudding')).toBeNull();
  });
  it('takes the words after "in" or "near" as an unknown place', () => {
    expect(findPlace('na meetings in hebden bridge on friday')).toEqual({ name: 'Hebden Bridge', known: false });
  });
  it('does not take "near me" or "in the morning" as places', () => {
    expect(findPlace('meetings near me')).toBeNull();
    expect(findPlace('meetings in the morning')).toBeNull();
    expect(findPlace('i am in recovery')).toBeNull();
  });
});
