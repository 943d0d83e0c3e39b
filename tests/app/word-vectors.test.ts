import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWordVectors } from '../../src/app/word-vectors.ts';
import { sentenceVector } from '../../src/core/understand/word-vectors.ts';
import { TEST_CACHE_DIR } from '../support/cache.ts';

// The global set-up has cut them into the test cache already, so this reads the cut.
const vectors = loadWordVectors(TEST_CACHE_DIR);
const cosine = (a: string, b: string) => {
  const [x, y] = [sentenceVector(vectors, a), sentenceVector(vectors, b)];
  return x && y ? x.reduce((sum, v, i) => sum + v * (y[i] ?? 0), 0) : 0;
};

describe('the word vectors', () => {
  it('are cut once into the cache, a hundred thousand words of a hundred numbers', () => {
    expect(existsSync(join(TEST_CACHE_DIR, 'word-vectors-1-100000.bin'))).toBe(true);
    expect(vectors.index.size).toBe(100_000);
    expect(vectors.data.length).toBe(100_000 * vectors.dims);
  });
  it('place words used alike near each other', () => {
    expect(cosine('pills', 'tablets')).toBeGreaterThan(cosine('pills', 'weather'));
    expect(cosine('frightened', 'scared')).toBeGreaterThan(cosine('frightened', 'meeting'));
  });
  it('give no vector to a message of unknown words', () => {
    expect(sentenceVector(vectors, 'zxqv qqqj')).toBeNull();
  });
});
