/**
 * crisis.recall and crisis.false_alarms: the whole crisis check as the bot runs it
 * (crisis-check.ts: patterns and model) on the test set; the patterns alone are the baseline. crisis.dev.*
 * is measured on earlier held-out sets that have since been looked at.
 */
import { crisisReaders } from '../src/app/language-model.ts';
import { loadKnowledge } from '../src/core/knowledge/load.ts';
import { checkCrisis } from '../src/core/safety/crisis.ts';
import { crisisCheck } from '../src/core/safety/crisis-check.ts';
import { crisisModel } from '../src/core/safety/crisis-model.ts';
import { report, round } from './figure.ts';
import { crisisDev, crisisTest } from './heldout.ts';
import { loadWordVectors } from '../src/app/word-vectors.ts';

type Labelled = { text: string; crisis: boolean; kind: string }[];
type Check = (text: string) => Promise<boolean>;

async function rates(set: Labelled, check: Check, verbose: boolean) {
  let caught = 0;
  let alarms = 0;
  for (const m of set) {
    const hit = await check(m.text);
    if (m.crisis && hit) caught++;
    if (!m.crisis && hit) alarms++;
    if (verbose && m.crisis !== hit) process.stderr.write(`  ${m.crisis ? 'missed' : 'false alarm'} (${m.kind}): ${JSON.stringify(m.text)}\n`);
  }
  const crises = set.filter((m) => m.crisis).length;
  return { recall: caught / crises, falseAlarms: alarms / (set.length - crises), caught, alarms, crises, calm: set.length - crises };
}

export async function benchCrisis(): Promise<void> {
  const model = crisisModel(crisisReaders(loadKnowledge(), loadWordVectors('.cache'), '.cache'));
  const whole: Check = async (t) => (await crisisCheck(t, model)).signal !== null;
  const patterns: Check = async (t) => checkCrisis(t) !== null;
  const verbose = process.env['BENCH_VERBOSE'] === '1';
  for (const [prefix, set] of [['crisis', crisisTest()], ['crisis.dev', crisisDev()]] as const) {
    // Misses are listed for the development set only: the test set stays unread.
    const r = await rates(set, whole, verbose && prefix === 'crisis.dev');
    const base = await rates(set, patterns, false);
    report({ name: `${prefix}.recall`, value: round(r.recall), unit: 'share', baseline: round(base.recall), note: `${r.caught} of ${r.crises} crisis messages; baseline: patterns alone` });
    report({ name: `${prefix}.false_alarms`, value: round(r.falseAlarms), unit: 'share', baseline: round(base.falseAlarms), note: `${r.alarms} of ${r.calm} hard negatives; baseline: patterns alone` });
  }
  const set = crisisTest();
  const started = performance.now();
  for (let i = 0; i < 5; i++) for (const m of set) await whole(m.text);
  report({ name: 'crisis.check.mean', value: round((performance.now() - started) / (5 * set.length), 4), unit: 'ms' });
}
