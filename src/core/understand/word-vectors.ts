/**
 * Word vectors place each known word in a space where words used alike sit near each other
 * ("tablets" near "pills", "skint" near "broke"), so a message can be matched on meaning
 * even when it shares no word with any training example.
 */

export type WordVectors = {
  dims: number;
  /** Word → row in `data`; rows are in order of how common the word is. */
  index: ReadonlyMap<string, number>;
  data: Float32Array;
};

/** Words that carry no meaning of their own here. */
const STOP_WORDS = new Set(['a', 'an', 'the', 'to', 'of', 'and', 'is', 'it', 'in', 'on', 'for', 'be', 'am', 'are', 'that', 'this', 'so', 'just', 'please', 'at', 'with', 'as', 'by']);

/**
 * A message's meaning as one unit-length vector: the average of its words' vectors, rarer
 * words weighted more (a word's row stands in for its frequency), or null with no known word.
 */
export function sentenceVector(vectors: WordVectors, text: string): Float32Array | null {
  const { dims, index, data } = vectors;
  const sum = new Float32Array(dims);
  let known = 0;
  for (const word of text.split(/[^\p{L}\p{N}']+/u)) {
    if (!word || STOP_WORDS.has(word)) continue;
    const row = index.get(word);
    if (row === undefined) continue;
    const weight = 1 - 1 / Math.sqrt(1 + row / 50);
    for (let j = 0; j < dims; j++) sum[j] = sum[j]! + weight * data[row * dims + j]!;
    known++;
  }
  if (known === 0) return null;
  const length = Math.hypot(...sum);
  if (length === 0) return null;
  for (let j = 0; j < dims; j++) sum[j] = sum[j]! / length;
  return sum;
}
