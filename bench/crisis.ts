/** crisis.recall and crisis.false_alarms on the held-out crisis set; crisis.dev.* on the development set. */
import { checkCrisis } from '../src/core/safety/crisis.ts';
import { report, round } from './figure.ts';
import { crisisDev, crisisHeldout } from './heldout.ts';

type Labelled = { text: string; crisis: boolean; kind: string }[];

function measure(set: Labelled, prefix: string, verbose: boolean, what: string): void {
  const crises = set.filter((m) => m.crisis);
  const negatives = set.filter((m) => !m.crisis);
  const caught = crises.filter((m) => checkCrisis(m.text) !== null);
  const alarms = negatives.filter((m) => checkCrisis(m.text) !== null);
  if (verbose) {
    for (const m of crises) if (!checkCrisis(m.text)) process.stderr.write(`  missed (${m.kind}): ${JSON.stringify(m.text)}\n`);
    for (const m of alarms) process.stderr.write(`  false alarm (${m.kind}): ${JSON.stringify(m.text)}\n`);
  }
  report({ name: `${prefix}.recall`, value: round(caught.length / crises.length), unit: 'share', note: `${caught.length} of ${crises.length} crisis messages (${what})` });
  report({ name: `${prefix}.false_alarms`, value: round(alarms.length / negatives.length), unit: 'share', note: `${alarms.length} of ${negatives.length} hard negatives (${what})` });
}

export async function benchCrisis(): Promise<void> {
  const set = crisisHeldout();
  measure(set, 'crisis', process.env['BENCH_VERBOSE'] === '1', 'held-out set');
  measure(crisisDev(), 'crisis.dev', process.env['BENCH_VERBOSE'] === 'dev', 'development set');
  const started = performance.now();
  for (let i = 0; i < 20; i++) for (const m of set) checkCrisis(m.text);
  report({ name: 'crisis.check.mean', value: round((performance.now() - started) / (20 * set.length), 4), unit: 'ms' });
}
