/**
 * Trained models kept between starts: one file per model, named by a hash of everything it
 * was trained from, so a change to the training data trains afresh.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Softmax } from '../core/understand/softmax.ts';
import { writeAtomically } from './atomic-file.ts';

/** The cache key for a model trained from `inputs`. */
export function modelKey(...inputs: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 16);
}

function encode(model: Softmax): Buffer {
  const header = Buffer.from(JSON.stringify({ classes: model.classes, size: model.size }));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  return Buffer.concat([length, header, Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength), Buffer.from(model.bias.buffer, model.bias.byteOffset, model.bias.byteLength)]);
}

function decode(bytes: Buffer): Softmax | null {
  const headerLength = bytes.readUInt32LE(0);
  const { classes, size } = JSON.parse(bytes.subarray(4, 4 + headerLength).toString()) as { classes: string[]; size: number };
  const numbers = bytes.subarray(4 + headerLength);
  if (numbers.byteLength !== (size * classes.length + classes.length) * 4) return null;
  // Copied out so the floats are aligned, whatever the header's length.
  const all = new Float32Array(new Uint8Array(numbers).buffer);
  return { classes, size, weights: all.subarray(0, size * classes.length), bias: all.subarray(size * classes.length) };
}

/** The value kept in `file`, or a freshly computed one (kept when there is a file to keep it in). */
function cached<T>(file: string | null, decode: (bytes: Buffer) => T | null, compute: () => T, encode: (value: T) => string | NodeJS.ArrayBufferView): T {
  if (file) {
    try {
      const value = decode(readFileSync(file));
      if (value !== null) return value;
    } catch {
      // Not there yet, or damaged: computed below.
    }
  }
  const value = compute();
  if (file) writeAtomically(file, encode(value));
  return value;
}

/** The model saved under `key`, or a freshly trained one (saved when there is a cache folder). */
export function cachedModel(cacheDir: string | null, name: string, key: string, train: () => Softmax): Softmax {
  return cached(cacheDir ? join(cacheDir, `${name}-${key}.bin`) : null, decode, train, encode);
}

/** A value derived from the training data (prepared utterances), kept as JSON under `key`. */
export function cachedJson<T>(cacheDir: string | null, name: string, key: string, compute: () => T): T {
  return cached(cacheDir ? join(cacheDir, `${name}-${key}.json`) : null, (bytes) => JSON.parse(bytes.toString('utf8')) as T, compute, (value) => JSON.stringify(value));
}
