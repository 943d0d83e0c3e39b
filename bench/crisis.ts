/** crisis.recall and crisis.false_alarms on the held-out crisis set (never used to write the signs). */
import { checkCrisis } from '../src/core/safety/crisis.ts';
import { report, round } from './figure.ts';
import { crisisHeldout } from './heldout.ts';

export async function benchCrisis(): Promise<void> {
  const set = crisisHeldout();
  const verbose = process.env['BENCH_VERBOSE'] === '1';
  const crises = set.filter((m) => m.crisis);
  const negatives = set.filter((m) => !m.crisis);
  const caught = crises.filter((m) => checkCrisis(m.text) !== null);
  const alarms = negatives.filter((m) => checkCrisis(m.text) !== null);
  if (verbose) {
    for (const m of crises) if (!checkCrisis(m.text)) process.stderr.write(`  missed (${m.kind}): ${JSON.stringify(m.text)}\n`);
    for (const m of alarms) process.stderr.write(`  false alarm (${m.kind}): ${JSON.stringify(m.text)}\n`);
  }
  report({ name: 'crisis.recall', value: round(caught.length / crises.length), unit: 'share', note: `${caught.length} of ${crises.length} crisis messages` });
  report({ name: 'crisis.false_alarms', value: round(alarms.length / negatives.length), unit: 'share', note: `${alarms.length} of ${negatives.length} hard negatives` });
  const started = performance.now();
  for (let i = 0; i < 20; i++) for (const m of set) checkCrisis(m.text);
  report({ name: 'crisis.check.mean', value: round((performance.now() - started) / (20 * set.length), 4), unit: 'ms' });
}
