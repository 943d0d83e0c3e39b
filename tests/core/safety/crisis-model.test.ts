import { describe, expect, it } from 'vitest';
import { CRISIS_BLEND, crisisModel, type CrisisReaders } from '../../../src/core/safety/crisis-model.ts';
import type { IntentGuess } from '../../../src/core/understand/classifier.ts';

const readers = (regression: number, neighbours: IntentGuess[]): CrisisReaders => ({
  regression: () => regression,
  neighbours: { classify: async () => neighbours },
});

describe('the crisis model', () => {
  it('blends the regression with the crisis kinds among the neighbours, naming the kind they lean to', async () => {
    const model = crisisModel(readers(0.9, [{ intent: 'overdose', score: 0.5 }, { intent: 'suicide', score: 0.2 }, { intent: 'calm', score: 0.3 }]));
    const { score, kind } = await model.assess('x');
    expect(kind).toBe('overdose');
    expect(score).toBeCloseTo(CRISIS_BLEND.regression * 0.9 + CRISIS_BLEND.neighbours * 0.7, 6);
  });
  it('adds the crisis kinds together against calm', async () => {
    const split = crisisModel(readers(0.6, [{ intent: 'selfharm', score: 0.35 }, { intent: 'danger', score: 0.35 }, { intent: 'calm', score: 0.3 }]));
    const alone = crisisModel(readers(0.6, [{ intent: 'selfharm', score: 0.35 }, { intent: 'calm', score: 0.65 }]));
    expect((await split.assess('x')).score).toBeCloseTo(CRISIS_BLEND.regression * 0.6 + CRISIS_BLEND.neighbours * 0.7, 6);
    expect((await alone.assess('x')).score).toBeCloseTo(CRISIS_BLEND.regression * 0.6 + CRISIS_BLEND.neighbours * 0.35, 6);
  });
  it('scores calm low, and falls back to the reply for suicidal thoughts when no neighbour is a crisis', async () => {
    expect((await crisisModel(readers(0.1, [{ intent: 'calm', score: 1 }])).assess('x')).score).toBeCloseTo(CRISIS_BLEND.regression * 0.1, 6);
    expect((await crisisModel(readers(1, [{ intent: 'calm', score: 1 }])).assess('x')).kind).toBe('suicide');
  });
});
