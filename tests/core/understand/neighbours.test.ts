import { describe, expect, it } from 'vitest';
import { neighboursClassifier } from '../../../src/core/understand/neighbours.ts';

// "can" is in most examples: too common to say which is nearest.
const examples = new Map([
  ['cost', ['can i go for free', 'can i go if i am skint', 'can i afford it', 'is there a fee']],
  ['meetings', ['can i find a meeting tonight', 'can you find meetings near leeds', 'can i get to a meeting today', 'meeting near me']],
  ['religion', ['can an atheist go', 'do i have to believe in god', 'can i go if i do not pray']],
]);

describe('the word neighbours', () => {
  it('vote for the intent of the nearest examples', async () => {
    expect((await neighboursClassifier(examples).classify('can i find meetings tonight'))[0]?.intent).toBe('meetings');
    expect((await neighboursClassifier(examples).classify('is it a fee'))[0]?.intent).toBe('cost');
  });
  it('are unsure of a message whose telling words match nothing', async () => {
    const guesses = await neighboursClassifier(examples).classify('can zebras tango');
    expect(guesses[0]?.score ?? 0).toBeLessThan(0.5);
  });
  it('still search the common words when a message has nothing else', async () => {
    expect((await neighboursClassifier(examples).classify('can')).length).toBeGreaterThan(0);
  });
});
