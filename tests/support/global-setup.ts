/** Runs once before the suite: cuts the word vectors into the test cache, so test files running side by side do not each cut them. */
import { loadWordVectors } from '../../src/app/word-vectors.ts';
import { TEST_CACHE_DIR } from './cache.ts';

export default function setup(): void {
  loadWordVectors(TEST_CACHE_DIR);
}
