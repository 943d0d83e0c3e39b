import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedModel, modelKey } from '../../src/app/model-cache.ts';
import type { Softmax } from '../../src/core/understand/softmax.ts';

const model = (): Softmax => ({ classes: ['calm', 'crisis'], size: 3, weights: Float32Array.from([0.5, -1, 2, 0.25, -3, 1e-3]), bias: Float32Array.from([0.1, -0.2]) });

describe('the model cache', () => {
  it('trains once and reads the same model back afterwards', () => {
    const dir = mkdtempSync(join(tmpdir(), 'harbour-models-'));
    let trained = 0;
    const train = () => (trained++, model());
    cachedModel(dir, 'crisis', modelKey('v1'), train);
    const again = cachedModel(dir, 'crisis', modelKey('v1'), train);
    expect(trained).toBe(1);
    expect(again.classes).toEqual(['calm', 'crisis']);
    expect(Array.from(again.weights)).toEqual(Array.from(model().weights));
    expect(Array.from(again.bias)).toEqual(Array.from(model().bias));
  });
  it('trains afresh when what it learns from changes, or the file is damaged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'harbour-models-'));
    let trained = 0;
    const train = () => (trained++, model());
    cachedModel(dir, 'crisis', modelKey('v1'), train);
    cachedModel(dir, 'crisis', modelKey('v2'), train);
    expect(trained).toBe(2);
    const [file] = readdirSync(dir).filter((f) => f.includes(modelKey('v1')));
    writeFileSync(join(dir, file ?? ''), Buffer.from([4, 0, 0, 0, 123, 125, 125, 125, 1, 2]));
    cachedModel(dir, 'crisis', modelKey('v1'), train);
    expect(trained).toBe(3);
  });
  it('trains every time without a cache folder', () => {
    let trained = 0;
    cachedModel(null, 'crisis', modelKey('v1'), () => (trained++, model()));
    cachedModel(null, 'crisis', modelKey('v1'), () => (trained++, model()));
    expect(trained).toBe(2);
  });
});
