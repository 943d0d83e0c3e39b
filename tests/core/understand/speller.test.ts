import { describe, expect, it } from 'vitest';
import { speller } from '../../../src/core/understand/speller.ts';

const training = ['how do i get a sponsor', 'what is alcoholics anonymous', 'find a meeting', 'a meeting near me', 'meeting tonight'];

describe('the speller', () => {
  it('puts typos right against the training vocabulary', () => {
    expect(speller(training).correct('how do i get a sponser')).toBe('how do i get a sponsor');
    expect(speller(training).correct('alchoholics anonymus')).toBe('alcoholics anonymous');
  });
  it('leaves real words alone even when training never used them', () => {
    const isWord = (w: string) => w === 'meting';
    expect(speller(training).correct('meting')).toBe('meeting');
    expect(speller(training, isWord).correct('meting')).toBe('meting');
  });
  it('prefers the commoner word when two are as near', () => {
    // "meetinh" is one slip from "meeting" (three uses) and from "meetin" were it known.
    expect(speller([...training, 'meetin']).correct('meetinh')).toBe('meeting');
  });
  it('says how much of a message training has seen', () => {
    expect(speller(training).known('find a meeting')).toBe(1);
    expect(speller(training).known('find zzz')).toBe(0.5);
  });
});
