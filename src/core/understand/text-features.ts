/**
 * A message as sparse features for a linear model: its words and word pairs ("welcome death"
 * is not "welcome" plus "death"), the letter runs inside each word (so "overdosed" and
 * "overdoesd" share most of theirs), and its sentence vector for meaning. Features are
 * hashed into a fixed space, so any message has features without a vocabulary.
 */
import { sentenceVector, type WordVectors } from './word-vectors.ts';

/** Room for every word, word pair and letter run seen in training, with few collisions. */
export const HASHED = 1 << 16;
/** The sentence vector takes the slots after the hashed ones. */
export const FEATURES = HASHED + 100;

export type Features = { index: Int32Array; value: Float32Array };

/** FNV-1a: fast, and spreads short strings evenly. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0) % HASHED;
}

/** Features of a normalised message; the sentence vector, when known, takes the slots after the hashed ones. */
export function textFeatures(normalised: string, vectors: WordVectors): Features {
  const words = normalised.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  const index: number[] = [];
  const value: number[] = [];
  const add = (feature: string, weight: number) => {
    index.push(hash(feature));
    value.push(weight);
  };
  words.forEach((word, i) => {
    add(`w ${word}`, 1);
    if (i > 0) add(`p ${words[i - 1]} ${word}`, 1);
    const padded = `<${word}>`;
    for (let n = 3; n <= 5; n++) for (let at = 0; at + n <= padded.length; at++) add(`c ${padded.slice(at, at + n)}`, 0.5);
  });
  // Unit length, so long messages do not score higher for their length alone.
  const length = Math.hypot(...value) || 1;
  for (let i = 0; i < value.length; i++) value[i] = value[i]! / length;
  const meaning = sentenceVector(vectors, normalised);
  if (meaning) meaning.forEach((x, j) => (index.push(HASHED + j), value.push(x)));
  return { index: Int32Array.from(index), value: Float32Array.from(value) };
}
