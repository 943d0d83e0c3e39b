import { describe, expect, it } from 'vitest';
import { segments } from '../../../src/core/understand/segment.ts';

describe('segments', () => {
  it('keeps a single question whole', () => {
    expect(segments('what is na')).toEqual(['what is na']);
  });
  it('splits on question marks', () => {
    expect(segments('is it free? do i have to believe in god?')).toEqual(['is it free', 'do i have to believe in god']);
  });
  it('splits "and" when a new question starts', () => {
    expect(segments('is it free and do i have to speak')).toEqual(['is it free', 'do i have to speak']);
  });
  it('does not split an "and" inside one question', () => {
    expect(segments('can my mum and dad come')).toEqual(['can my mum and dad come']);
  });
});

describe('segments after a comma', () => {
  it('splits where a new question follows a comma', () => {
    expect(segments('im coming off diazepam next week, is smart free')).toEqual(['im coming off diazepam next week', 'is smart free']);
  });
});
