import { describe, expect, it } from 'vitest';
import { crisisModel, type CrisisReaders } from '../../../src/core/safety/crisis-model.ts';
import type { IntentGuess } from '../../../src/core/understand/classifier.ts';

const readers = (regression: number, neighbours: IntentGuess[]): CrisisReaders => ({
  regression: () => regression,
  neighbours: { classify: async () => neighbours },
});

describe('the crisis model', () => {
  it('counts a message when the readers together are sure enough, naming the kind the neighbours lean to', async () => {
    const model = crisisModel(readers(0.9, [{ intent: 'overdose', score: 0.5 }, { intent: 'suicide', score: 0.2 }, { intent: 'calm', score: 0.3 }]));
    expect(await model.check('x')).toEqual({ kind: 'overdose' });
  });
  it('adds the crisis kinds together against calm', async () => {
    // Neither kind alone would reach the threshold with the regression; together they do.
    const split = [{ intent: 'selfharm', score: 0.35 }, { intent: 'danger', score: 0.35 }, { intent: 'calm', score: 0.3 }];
    expect(await crisisModel(readers(0.6, split)).check('x')).not.toBeNull();
    expect(await crisisModel(readers(0.6, [{ intent: 'selfharm', score: 0.35 }, { intent: 'calm', score: 0.65 }])).check('x')).toBeNull();
  });
  it('stays quiet when neither reader sees a crisis', async () => {
    expect(await crisisModel(readers(0.1, [{ intent: 'calm', score: 1 }])).check('x')).toBeNull();
  });
  it('falls back to the reply for suicidal thoughts when no neighbour is a crisis', async () => {
    expect(await crisisModel(readers(1, [{ intent: 'calm', score: 1 }]), 0.4).check('x')).toEqual({ kind: 'suicide' });
  });
});
