import { describe, expect, it } from 'vitest';
import { probabilities, softmaxClassifier, trainSoftmax } from '../../../src/core/understand/softmax.ts';
import type { Features } from '../../../src/core/understand/text-features.ts';

/** One feature per word, hashed by hand: enough to see the model learn. */
const VOCABULARY = ['meeting', 'tonight', 'free', 'cost', 'pay', 'where', 'money', 'near'];
const features = (text: string): Features => {
  const index = text.split(' ').map((w) => VOCABULARY.indexOf(w)).filter((i) => i >= 0);
  return { index: Int32Array.from(index), value: Float32Array.from(index.map(() => 1)) };
};
const examples = [
  ...['meeting tonight', 'where meeting', 'meeting near', 'near tonight'].map((t) => ({ features: features(t), label: 'meetings' })),
  ...['free', 'cost money', 'pay money', 'cost pay'].map((t) => ({ features: features(t), label: 'cost' })),
];
const options = { size: VOCABULARY.length, epochs: 30, rate: 1 };

describe('softmax regression', () => {
  it('learns which words go with which class', async () => {
    const classifier = softmaxClassifier(trainSoftmax(examples, options), features);
    expect((await classifier.classify('where tonight'))[0]?.intent).toBe('meetings');
    expect((await classifier.classify('money'))[0]?.intent).toBe('cost');
  });
  it('gives probabilities that add up to one', () => {
    const p = probabilities(trainSoftmax(examples, options), features('meeting money'));
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });
  it('trains the same model from the same examples', () => {
    const a = trainSoftmax(examples, options);
    const b = trainSoftmax(examples, options);
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
  });
  it('leans towards the class whose mistakes cost more', () => {
    // The same words seen once as each class: which wins is down to what a mistake costs.
    const unsure = features('pay tonight');
    const torn = [{ features: unsure, label: 'meetings' }, { features: unsure, label: 'cost' }];
    const even = trainSoftmax(torn, options);
    const costly = trainSoftmax(torn, { ...options, weightOf: (label) => (label === 'meetings' ? 4 : 1) });
    const meetings = even.classes.indexOf('meetings');
    expect(probabilities(even, unsure)[meetings]!).toBeCloseTo(0.5, 1);
    expect(probabilities(costly, unsure)[meetings]!).toBeGreaterThan(0.7);
  });
});
