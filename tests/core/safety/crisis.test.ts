import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkCrisis } from '../../../src/core/safety/crisis.ts';

describe('checkCrisis: the issue’s own examples', () => {
  it.each([
    ['i dont want to wake up', 'suicide'],
    ['whats the point anymore', 'suicide'],
    ['took all my pills', 'overdose'],
    ['cant do this anymore', 'suicide'],
    ['he hit me again', 'danger'],
    ['I want to kill myself', 'suicide'],
    ['i think i took too much', 'overdose'],
    ['my mate isnt breathing', 'overdose'],
    ['having a fit', 'medical'],
    ['been cutting again', 'selfharm'],
  ])('%s → %s', (text, kind) => {
    expect(checkCrisis(text)).toEqual({ kind });
  });
});

describe('checkCrisis: idioms and recovery stories are not crises', () => {
  it.each([
    'dying for a brew',
    'that share killed me',
    'my feet are killing me',
    'two years ago i tried to end my life, today im 500 days sober',
    'i used to self harm but i havent for 3 years',
    'whats the point of a sponsor',
    'is it free',
    'can you stop sending me messages',
  ])('%s', (text) => {
    expect(checkCrisis(text)).toBeNull();
  });
});

describe('checkCrisis: robustness', () => {
  it('reads stretched letters, capitals and emoji', () => {
    expect(checkCrisis('I WANNA DIEEEE 😭😭')).not.toBeNull();
  });
  it('finds a crisis in the middle of a long message', () => {
    const padding = 'we went to the shops and it was fine. '.repeat(3000);
    expect(checkCrisis(`${padding} honestly i want to end it all tonight. ${padding}`)).toEqual({ kind: 'suicide' });
  });
  it('still catches a story that turns to now', () => {
    expect(checkCrisis('i tried to kill myself in 2019 and i feel like doing it again')).not.toBeNull();
  });
  it('puts an overdose before other signs', () => {
    expect(checkCrisis('i want to die and i took all my tablets')).toEqual({ kind: 'overdose' });
  });
});

// The development examples (knowledge/en/safety/crisis-examples.yaml) are the specification the
// signs were written against; the held-out set in bench/data is only ever measured.
const examplesFile = fileURLToPath(new URL('../../../knowledge/en/safety/crisis-examples.yaml', import.meta.url));
const examples = parse(readFileSync(examplesFile, 'utf8')) as { crisis: Record<string, string[]>; not_crisis: Record<string, string[]> };

describe('checkCrisis: development examples', () => {
  const crises = Object.entries(examples.crisis).flatMap(([kind, list]) => list.map((text) => [kind, text] as const));
  const calm = Object.entries(examples.not_crisis).flatMap(([kind, list]) => list.map((text) => [kind, text] as const));
  it('catches every crisis example', () => {
    const missed = crises.filter(([, text]) => checkCrisis(text) === null).map(([kind, text]) => `${kind}: ${text}`);
    expect(missed).toEqual([]);
  });
  it('raises false alarms on at most 5% of the hard negatives', () => {
    const alarms = calm.filter(([, text]) => checkCrisis(text) !== null).map(([kind, text]) => `${kind}: ${text}`);
    expect(alarms.length / calm.length).toBeLessThanOrEqual(0.05);
  });
});

describe('checkCrisis: ordinary questions', () => {
  it('raises no alarm on any training utterance (none of them is a crisis)', async () => {
    const { loadKnowledge } = await import('../../../src/core/knowledge/load.ts');
    const alarms = Object.values(loadKnowledge().training).flat().filter((t) => checkCrisis(t) !== null);
    expect(alarms).toEqual([]);
  });
});

describe('the held-out crisis sets', () => {
  it.each(['crisis-test-3.jsonl', 'crisis-dev-3.jsonl', 'crisis-dev-2.jsonl', 'crisis-heldout.jsonl', 'crisis-dev.jsonl'])('%s shares no message with the examples the check and its readers learn from', async (name) => {
    const { normalise } = await import('../../../src/core/understand/normalise.ts');
    const { loadKnowledge } = await import('../../../src/core/knowledge/load.ts');
    const { crisis } = loadKnowledge();
    const heldout = fileURLToPath(new URL(`../../../bench/data/${name}`, import.meta.url));
    const mine = new Set([...crisis.examples.map((e) => e.text), ...crisis.calm].map(normalise));
    const shared = readFileSync(heldout, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text).filter((t) => mine.has(normalise(t)));
    // Counted, not listed: a test set stays unread.
    expect(shared.length).toBe(0);
  });
});
