import { describe, expect, it } from 'vitest';
import { HASHED, textFeatures } from '../../../src/core/understand/text-features.ts';
import type { WordVectors } from '../../../src/core/understand/word-vectors.ts';

// Rows stand for how common a word is; the commonest carry almost no weight, so these sit lower.
const data = new Float32Array(2 * 202);
data.set([1, 0, 0.9, 0.1], 2 * 200);
const vectors: WordVectors = { dims: 2, index: new Map([['pills', 200], ['tablets', 201]]), data };
const shared = (a: string, b: string) => {
  const fa = new Set(textFeatures(a, vectors).index.filter((i) => i < HASHED));
  const fb = [...new Set(textFeatures(b, vectors).index.filter((i) => i < HASHED))];
  return fb.filter((i) => fa.has(i)).length / Math.max(fa.size, fb.length);
};

describe('text features', () => {
  it('tell word order apart through word pairs', () => {
    expect(shared('welcome death', 'death welcome')).toBeLessThan(1);
    expect(shared('welcome death', 'welcome death')).toBe(1);
  });
  it('let a typo share most of a word', () => {
    expect(shared('overdosed', 'overdoesd')).toBeGreaterThan(0.3);
    expect(shared('overdosed', 'meeting')).toBe(0);
  });
  it('are of unit length over the hashed part, however long the message', () => {
    for (const text of ['hi', 'where is the nearest meeting to me tonight please']) {
      const f = textFeatures(text, vectors);
      const hashed = [...f.value].filter((_, i) => f.index[i]! < HASHED);
      expect(Math.hypot(...hashed)).toBeCloseTo(1, 5);
    }
  });
  it('carry the sentence vector after the hashed slots when a word is known', () => {
    expect([...textFeatures('took my pills', vectors).index].filter((i) => i >= HASHED)).toEqual([HASHED, HASHED + 1]);
    expect(textFeatures('asdf', vectors).index.every((i) => i < HASHED)).toBe(true);
  });
});
