/**
 * understand.accuracy: the share of held-out member messages whose top intent is the one a
 * person labelled. Also measured for each classifier alone, as baselines for the blend.
 */
import { DateTime } from 'luxon';
import { examplesFrom, languageModel } from '../src/app/language-model.ts';
import { commandIn } from '../src/core/dialog/commands.ts';
import { loadKnowledge } from '../src/core/knowledge/load.ts';
import type { IntentClassifier } from '../src/core/understand/classifier.ts';
import { nameReaders } from '../src/core/understand/names.ts';
import { neighboursClassifier } from '../src/core/understand/neighbours.ts';
import { trainNlpjs } from '../src/core/understand/nlpjs.ts';
import { understanding } from '../src/core/understand/understand.ts';
import { report, round } from './figure.ts';
import { understandDev, understandHeldout } from './heldout.ts';

const TODAY = DateTime.fromISO('2026-11-24T12:00', { zone: 'Europe/London' });

/** The intent the bot acts on for a message: a command, else the first confident intent, else none. */
export async function accuracyOf(classifier: IntentClassifier, verbose = false, set = understandHeldout()): Promise<number> {
  const knowledge = loadKnowledge();
  const understand = understanding({ classifier, ...nameReaders(knowledge.fellowships, knowledge.places) });
  let right = 0;
  for (const { text, intent } of set) {
    const got = commandIn(text) ?? (await understand(text, TODAY)).intents[0]?.intent ?? 'none';
    if (got === intent) right++;
    else if (verbose) process.stderr.write(`  miss: ${JSON.stringify(text)} expected ${intent}, got ${got}\n`);
  }
  return right / set.length;
}

export async function benchUnderstand(): Promise<void> {
  const knowledge = loadKnowledge();
  const names = nameReaders(knowledge.fellowships, knowledge.places);
  const examples = examplesFrom(knowledge.training, names.prepare);
  const verbose = process.env['BENCH_VERBOSE'] === '1';
  const started = performance.now();
  const blended = await languageModel(knowledge.training, names.prepare, null);
  const trainMs = performance.now() - started;
  const nlpjsOnly = (await trainNlpjs(examples)).classifier;
  const neighboursOnly = neighboursClassifier(examples);
  const [accuracy, nlpjs, neighbours] = [await accuracyOf(blended, verbose), await accuracyOf(nlpjsOnly), await accuracyOf(neighboursOnly)];
  const dev = await accuracyOf(blended, process.env['BENCH_VERBOSE'] === 'dev', understandDev());
  const size = understandHeldout().length;
  report({ name: 'understand.accuracy', value: round(accuracy), unit: 'share', baseline: round(nlpjs), note: `NLP.js + MiniSearch blend on ${size} held-out messages; baseline is NLP.js alone` });
  report({ name: 'understand.accuracy.nlpjs_only', value: round(nlpjs), unit: 'share' });
  report({ name: 'understand.accuracy.dev', value: round(dev), unit: 'share', note: 'the development set: an earlier held-out set, looked at while improving' });
  report({ name: 'understand.accuracy.minisearch_only', value: round(neighbours), unit: 'share' });
  report({ name: 'understand.train', value: round(trainMs, 1), unit: 'ms' });
}
