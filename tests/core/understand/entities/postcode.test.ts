import { describe, expect, it } from 'vitest';
import { parsePostcode } from '../../../../src/core/understand/entities/postcode.ts';

describe('parsePostcode', () => {
  it('finds a full postcode with or without the space, any case', () => {
    expect(parsePostcode('meetings near LS6 2AB')).toEqual({ postcode: 'LS6 2AB', outward: 'LS6', full: true });
    expect(parsePostcode('near sw1a1aa tonight')).toEqual({ postcode: 'SW1A 1AA', outward: 'SW1A', full: true });
  });
  it('finds an outward code on its own', () => {
    expect(parsePostcode('any meetings in m1')).toEqual({ postcode: 'M1', outward: 'M1', full: false });
    expect(parsePostcode('LS6')).toMatchObject({ outward: 'LS6' });
  });
  it('ignores things that only look like postcodes', () => {
    expect(parsePostcode('i take b12 tablets')).toBeNull();
    expect(parsePostcode('step 4 is hard')).toBeNull();
    expect(parsePostcode('what is na')).toBeNull();
  });
});
