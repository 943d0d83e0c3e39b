import { describe, expect, it } from 'vitest';
import { crisisCheck, MODEL_READS_CHARS, PATTERN_VETO } from '../../../src/core/safety/crisis-check.ts';
import type { CrisisModel } from '../../../src/core/safety/crisis-model.ts';

const model = (score: number, seen: string[] = []): CrisisModel => ({
  threshold: 0.5,
  assess: async (text) => (seen.push(text), { score, kind: 'danger' }),
});

describe('the whole crisis check', () => {
  it('goes by the patterns when there is no model, or the model fails', async () => {
    expect((await crisisCheck('i want to kill myself', undefined)).signal).toEqual({ kind: 'suicide' });
    const errors: unknown[] = [];
    const broken: CrisisModel = { threshold: 0.5, assess: async () => Promise.reject(new Error('model gone')) };
    expect(await crisisCheck('i want to kill myself', broken, (e) => errors.push(e))).toEqual({ signal: { kind: 'suicide' }, gentle: false });
    expect(errors).toHaveLength(1);
  });
  it('counts what the model is sure of though no pattern matched', async () => {
    expect(await crisisCheck('not long left now, thanks for trying', model(0.7))).toEqual({ signal: { kind: 'danger' }, gentle: false });
    expect(await crisisCheck('where is the nearest meeting', model(0.2))).toEqual({ signal: null, gentle: false });
  });
  it('keeps a pattern’s match unless the model is sure it is not a crisis; then answers gently', async () => {
    expect((await crisisCheck('my boss is going to kill me', model(PATTERN_VETO))).signal).not.toBeNull();
    expect(await crisisCheck('my boss is going to kill me', model(PATTERN_VETO / 2))).toEqual({ signal: null, gentle: true });
  });
  it('leaves bare commands to the patterns', async () => {
    const seen: string[] = [];
    expect(await crisisCheck('help', model(0.9, seen))).toEqual({ signal: null, gentle: false });
    expect(await crisisCheck('/stop', model(0.9, seen))).toEqual({ signal: null, gentle: false });
    expect(seen).toEqual([]);
    expect((await crisisCheck('help me please i took too many pills', model(0.9, seen))).signal).not.toBeNull();
  });
  it('asks the model to be surer of a message of one or two words', async () => {
    expect((await crisisCheck('more please', model(0.7))).signal).toBeNull();
    expect((await crisisCheck('more please', model(0.85))).signal).not.toBeNull();
    expect((await crisisCheck('show me more of them', model(0.7))).signal).not.toBeNull();
  });
  it('leaves a bare everyday goodbye to the patterns, but reads a farewell to everyone', async () => {
    for (const bye of ['bye', 'Goodbye!', 'ok bye x', 'night night 😴']) expect((await crisisCheck(bye, model(0.9))).signal).toBeNull();
    expect((await crisisCheck('goodbye everyone', model(0.9))).signal).not.toBeNull();
  });
  it('never lets the model overrule a plain statement of danger', async () => {
    expect((await crisisCheck('my partner is violent', model(0))).signal).toEqual({ kind: 'danger' });
  });
  it('lets the model overrule a story told as past', async () => {
    expect(await crisisCheck('years ago i stood on a bridge for hours. im doing ok now, 6 years sober', model(0))).toEqual({ signal: null, gentle: true });
  });
  it('never lets the model overrule a pattern in a message longer than it reads', async () => {
    const seen: string[] = [];
    const long = `${'all fine today, '.repeat(MODEL_READS_CHARS / 10)} i want to kill myself`;
    expect((await crisisCheck(long, model(0, seen))).signal).toEqual({ kind: 'suicide' });
    expect(seen[0]?.length).toBeLessThanOrEqual(MODEL_READS_CHARS);
  });
});
