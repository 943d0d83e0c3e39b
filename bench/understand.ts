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
import { blendedClassifier } from '../src/app/language-model.ts';

const TODAY = DateTime.fromISO('2026-11-24T12:00', { zone: 'Europe/London' });

/** The intent the bot acts on for a message: a command, else the first confident intent, else none. */
export async function accuracyOf(classifier: IntentClassifier, verbose: boolean, set: { text: string; intent: string }[]): Promise<number> {
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
  const vectors = loadWordVectors('.cache');
  const started = performance.now();
  const blended = await languageModel(knowledge.training, names.prepare, null, vectors);
  const trainMs = performance.now() - started;
  // Each reader alone, behind the same spelling corrector, as baselines for the blend.
  const baselines = {
    regression_only: blendedClassifier(examples, '.cache', vectors, { regression: 1, neighbours: 0 }),
    minisearch_only: blendedClassifier(examples, '.cache', vectors, { regression: 0, neighbours: 1 }),
  };
  const test = understandTest();
  const accuracy = await accuracyOf(blended, false, test);
  // Misses are listed for the development set only: the test set stays unread.
  const dev = await accuracyOf(blended, process.env['BENCH_VERBOSE'] === '1', understandDev());
  const regression = await accuracyOf(baselines.regression_only, false, test);
  report({ name: 'understand.accuracy', value: round(accuracy), unit: 'share', baseline: round(regression), note: `softmax regression + MiniSearch blend on ${test.length} held-out messages; baseline is the regression alone` });
  report({ name: 'understand.accuracy.regression_only', value: round(regression), unit: 'share' });
  report({ name: 'understand.accuracy.minisearch_only', value: round(await accuracyOf(baselines.minisearch_only, false, test)), unit: 'share' });
  report({ name: 'understand.accuracy.dev', value: round(dev), unit: 'share', note: 'the development set: earlier held-out sets, looked at while improving' });
  report({ name: 'understand.train', value: round(trainMs, 1), unit: 'ms' });
}
