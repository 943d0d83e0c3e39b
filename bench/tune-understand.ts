/**
 * Chooses the blend weight and the confidence threshold by 5-fold cross-validation on the
 * training utterances only, so the held-out set stays a fair test. Run by hand:
 *   npx tsx bench/tune-understand.ts
 * and copy the winners into src/core/understand (ensemble.ts, understand.ts).
 */
import { examplesFrom } from '../src/app/language-model.ts';
import { loadKnowledge } from '../src/core/knowledge/load.ts';
import type { IntentGuess } from '../src/core/understand/classifier.ts';
import { nameReaders } from '../src/core/understand/names.ts';
import { neighboursClassifier } from '../src/core/understand/neighbours.ts';
import { trainNlpjs } from '../src/core/understand/nlpjs.ts';
import { speller } from '../src/core/understand/speller.ts';

const FOLDS = 5;
const knowledge = loadKnowledge();
const examples = examplesFrom(knowledge.training, nameReaders(knowledge.fellowships, knowledge.places).prepare);
type Scored = { intent: string; nlpjs: IntentGuess[]; neighbours: IntentGuess[] };
const scored: Scored[] = [];

for (let fold = 0; fold < FOLDS; fold++) {
  const train = new Map<string, string[]>();
  const test: { text: string; intent: string }[] = [];
  for (const [intent, list] of examples) {
    train.set(intent, list.filter((_, i) => i % FOLDS !== fold));
    for (const [i, text] of list.entries()) if (i % FOLDS === fold) test.push({ text, intent });
  }
  const nlpjs = (await trainNlpjs(train)).classifier;
  const neighbours = neighboursClassifier(train);
  const spelling = speller([...train.values()].flat());
  for (const { text, intent } of test) {
    const corrected = spelling.correct(text);
    const known = spelling.known(corrected);
    const scale = (gs: IntentGuess[]) => gs.map((g) => ({ intent: g.intent, score: g.score * known }));
    scored.push({ intent, nlpjs: scale(await nlpjs.classify(corrected)), neighbours: scale(await neighbours.classify(corrected)) });
  }
}

function blend(s: Scored, weight: number): IntentGuess | undefined {
  const m = new Map<string, number>();
  for (const g of s.nlpjs) m.set(g.intent, (m.get(g.intent) ?? 0) + weight * g.score);
  for (const g of s.neighbours) m.set(g.intent, (m.get(g.intent) ?? 0) + (1 - weight) * g.score);
  return [...m.entries()].map(([intent, score]) => ({ intent, score })).sort((a, b) => b.score - a.score)[0];
}

const rows: { weight: number; threshold: number; accuracy: number }[] = [];
for (const weight of [0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1]) {
  for (const threshold of [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]) {
    let right = 0;
    for (const s of scored) {
      const best = blend(s, weight);
      const got = best && best.score >= threshold ? best.intent : 'none';
      if (got === s.intent) right++;
    }
    rows.push({ weight, threshold, accuracy: right / scored.length });
  }
}
rows.sort((a, b) => b.accuracy - a.accuracy);
for (const r of rows.slice(0, 10)) console.log(JSON.stringify(r));
for (const r of rows.filter((x) => x.weight === 0 || x.weight === 1).slice(0, 4)) console.log("single", JSON.stringify(r));
if (process.env['SHOW_MISSES']) {
  let i = 0;
  for (const s of scored) {
    const best = blend(s, 0.6);
    const got = best && best.score >= 0.25 ? best.intent : 'none';
    if (got !== s.intent && i++ < 400) console.log(`${s.intent} -> ${got} (${best?.score.toFixed(2)})`);
  }
}
