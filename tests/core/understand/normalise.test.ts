import { describe, expect, it } from 'vitest';
import { hasWords, normalise } from '../../../src/core/understand/normalise.ts';

describe('normalise', () => {
  it('lower-cases and spells out text-speak', () => {
    expect(normalise('Wat is NA')).toBe('what is na');
    expect(normalise('r u a bot?')).toBe('are you a bot?');
    expect(normalise('meetin 2nite pls')).toBe('meeting tonight please');
  });
  it('reads curly and straight apostrophes the same', () => {
    expect(normalise('What’s a sponsor')).toBe(normalise("what's a sponsor"));
    expect(normalise("i'm new")).toBe('i am new');
  });
  it('drops emoji but reads a wave as hello and praying hands as thanks', () => {
    expect(normalise('is it free 😔')).toBe('is it free');
    expect(normalise('👋')).toBe('hello');
    expect(normalise('🙏')).toBe('thanks');
  });
  it('removes control characters', () => {
    expect(normalise('he\u0000llo\u200b there')).toBe('he llo there');
  });
  it('knows when nothing but emoji was sent', () => {
    expect(hasWords('😀😀🎉')).toBe(false);
    expect(hasWords('ok 😀')).toBe(true);
  });
});

describe('stretched words', () => {
  it('read as themselves', () => {
    expect(normalise('hiii')).toBe('hi');
    expect(normalise('pleeeease')).toBe('please');
    expect(normalise('good')).toBe('good');
  });
});
