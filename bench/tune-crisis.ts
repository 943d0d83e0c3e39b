/**
 * Chooses the crisis classifier's threshold by 5-fold cross-validation on the crisis training
 * examples only (never the held-out set). Run by hand: npx tsx bench/tune-crisis.ts
 */
import { normalise } from '../src/core/understand/normalise.ts';
import { loadKnowledge } from '../src/core/knowledge/load.ts';
import { checkCrisis } from '../src/core/safety/crisis.ts';
import { CALM, crisisModel } from '../src/core/safety/crisis-model.ts';
import { trainNlpjs } from '../src/core/understand/nlpjs.ts';
import { neighboursClassifier } from '../src/core/understand/neighbours.ts';
import { ensemble } from '../src/core/understand/ensemble.ts';

const k = loadKnowledge();
const all = [...k.crisis.examples.map((e) => ({ text: e.text, label: e.kind })), ...k.crisis.calm.map((t) => ({ text: t, label: CALM }))];
const ordinary = Object.values(k.training).flat();
const thresholds = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];
const counts = thresholds.map(() => ({ tp: 0, fn: 0, fp: 0, tn: 0 }));
// The classifier alone too: the patterns were written against these examples, so only the
// classifier's figures say anything about wording the patterns have never seen.
const alone = thresholds.map(() => ({ tp: 0, fn: 0, fp: 0, tn: 0 }));

function tally(c: { tp: number; fn: number; fp: number; tn: number }, crisis: boolean, hit: boolean): void {
  if (crisis && hit) c.tp++;
  else if (crisis) c.fn++;
  else if (hit) c.fp++;
  else c.tn++;
}
for (let fold = 0; fold < 5; fold++) {
  const train = new Map<string, string[]>();
  const test = all.filter((_, i) => i % 5 === fold);
  for (const [i, e] of all.entries()) if (i % 5 !== fold) train.set(e.label, [...(train.get(e.label) ?? []), normalise(e.text)]);
  train.set(CALM, [...(train.get(CALM) ?? []), ...ordinary.map(normalise)]);
  const classifier = ensemble([{ classifier: (await trainNlpjs(train)).classifier, weight: 0.5 }, { classifier: neighboursClassifier(train), weight: 0.5 }]);
  for (const [ti, threshold] of thresholds.entries()) {
    const model = crisisModel(classifier, threshold);
    for (const e of test) {
      const byModel = (await model.check(normalise(e.text))) !== null;
      const hit = checkCrisis(e.text) !== null || byModel;
      tally(alone[ti]!, e.label !== CALM, byModel);
      tally(counts[ti]!, e.label !== CALM, hit);
    }
  }
}
for (const [i, t] of thresholds.entries()) {
  const c = counts[i]!;
  const a = alone[i]!;
  console.log(JSON.stringify({ threshold: t, recall: c.tp / (c.tp + c.fn), falseAlarms: c.fp / (c.fp + c.tn), classifierRecall: a.tp / (a.tp + a.fn), classifierFalseAlarms: a.fp / (a.fp + a.tn) }));
}
