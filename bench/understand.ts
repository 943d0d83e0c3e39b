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
import { understanding } from '../src/core/understand/understand.ts';
import { report, round } from './figure.ts';
import { understandDev, understandTest } from './heldout.ts';
import { loadWordVectors } from '../src/app/word-vectors.ts';
import { neighboursClassifier } from '../src/core/understand/neighbours.ts';
import { speller } from '../src/core/understand/speller.ts';

const TODAY = DateTime.fromISO('2026-11-24T12:00', { zone: 'Europe/London' });

/** The intent the bot acts on for a message: a command, else the first confident intent, else none. */
export async function accuracyOf(classifier: IntentClassifier, verbose: boolean, set: { text: string; intent: string }[], threshold?: number): Promise<number> {
  const knowledge = loadKnowledge();
  const understand = understanding({ classifier, ...nameReaders(knowledge.fellowships, knowledge.places) }, threshold);
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
  const vectors = loadWordVectors('.cache');
  const started = performance.now();
  const classifier = await languageModel(knowledge.training, names.prepare, null, vectors);
  const trainMs = performance.now() - started;
  // The word neighbours (MiniSearch) behind the same speller: the reader the regression replaced.
  const spelling = speller([...examples.values()].flat(), (word) => vectors.index.has(word));
  const neighbours = neighboursClassifier(examples);
  const minisearch: IntentClassifier = { classify: (text) => neighbours.classify(spelling.correct(text)) };
  const test = understandTest();
  const accuracy = await accuracyOf(classifier, false, test);
  // Misses are listed for the development set only: the test set stays unread.
  const dev = await accuracyOf(classifier, process.env['BENCH_VERBOSE'] === '1', understandDev());
  const baseline = await accuracyOf(minisearch, false, test);
  report({ name: 'understand.accuracy', value: round(accuracy), unit: 'share', baseline: round(baseline), note: `softmax regression on ${test.length} held-out messages; baseline is the MiniSearch neighbours alone` });
  report({ name: 'understand.accuracy.dev', value: round(dev), unit: 'share', note: 'the development set: earlier held-out sets, looked at while improving' });
  report({ name: 'understand.train', value: round(trainMs, 1), unit: 'ms' });
}
