/**
 * Chooses the crisis readers' blend and threshold on the development sets (earlier held-out
 * sets, never the test set): the most crises caught with false alarms under 4.5%, a pattern's
 * match counting unless the model overrules it (crisis-check.ts). Run by hand:
 *   npx tsx bench/tune-crisis.ts
 * and copy the winner into src/core/safety/crisis-model.ts. BENCH_VERBOSE=1 lists what the
 * winner still gets wrong on the development sets.
 */
import { crisisReaders } from '../src/app/language-model.ts';
import { loadWordVectors } from '../src/app/word-vectors.ts';
import { loadKnowledge } from '../src/core/knowledge/load.ts';
import { readCrisisSigns } from '../src/core/safety/crisis.ts';
import { CALM } from '../src/core/safety/crisis-model.ts';
import { PATTERN_VETO } from '../src/core/safety/crisis-check.ts';
import type { IntentClassifier } from '../src/core/understand/classifier.ts';
import { normalise } from '../src/core/understand/normalise.ts';
import { crisisDev } from './heldout.ts';

const readers = crisisReaders(loadKnowledge(), loadWordVectors('.cache'), '.cache');
const crisisShare = async (reader: IntentClassifier, text: string) => (await reader.classify(text)).filter((g) => g.intent !== CALM).reduce((sum, g) => sum + g.score, 0);
type Row = { text: string; crisis: boolean; pattern: 'firm' | 'overrulable' | null; scores: readonly [number, number] };
const rows: Row[] = [];
for (const m of crisisDev()) {
  const text = normalise(m.text);
  const signs = readCrisisSigns(m.text);
  rows.push({ ...m, pattern: signs ? (signs.overrulable ? 'overrulable' : 'firm') : null, scores: [readers.regression(text), await crisisShare(readers.neighbours, text)] as const });
}
const crises = rows.filter((r) => r.crisis).length;
const calm = rows.length - crises;
const steps = (from: number, to: number, by: number) => Array.from({ length: Math.round((to - from) / by) + 1 }, (_, i) => Math.round((from + i * by) * 100) / 100);
const results = [];
for (const regression of steps(0, 1, 0.1)) {
  {
    const neighbours = Math.round((1 - regression) * 100) / 100;
    for (const threshold of steps(0.3, 0.9, 0.05)) {
      const hit = (r: Row) => {
        const score = regression * r.scores[0] + neighbours * r.scores[1];
        return r.pattern === 'firm' || (r.pattern === 'overrulable' && score >= PATTERN_VETO) || score >= threshold;
      };
      const caught = rows.filter((r) => r.crisis && hit(r)).length;
      const alarms = rows.filter((r) => !r.crisis && hit(r)).length;
      results.push({ regression, neighbours, threshold, recall: caught / crises, falseAlarms: alarms / calm, hit });
    }
  }
}
const only = process.env["ONLY"]; const allowed = results.filter((r) => r.falseAlarms <= Number(process.env["MAX_FA"] ?? 0.045) && (!only || `${r.regression}/${r.neighbours}`.match(only))).sort((a, b) => b.recall - a.recall || a.falseAlarms - b.falseAlarms);
for (const r of allowed.slice(0, 10)) console.log(`blend ${r.regression}/${r.neighbours} threshold ${r.threshold}: recall ${r.recall.toFixed(3)}, false alarms ${r.falseAlarms.toFixed(3)}`, process.env["SPLIT"] ? [rows.slice(0, 1063), rows.slice(1063, 1543), rows.slice(1543)].map((part) => `${(part.filter((x) => x.crisis && r.hit(x)).length / part.filter((x) => x.crisis).length).toFixed(3)}/${(part.filter((x) => !x.crisis && r.hit(x)).length / part.filter((x) => !x.crisis).length).toFixed(3)}`).join(" ") : "");
const best = allowed[0];
if (best && process.env['BENCH_VERBOSE'] === '1') {
  for (const r of rows) if (best.hit(r) !== r.crisis) console.log(`  ${r.crisis ? 'missed' : 'false alarm'}: ${JSON.stringify(r.text)} ${r.scores.map((s) => s.toFixed(2)).join(' ')}`);
}
