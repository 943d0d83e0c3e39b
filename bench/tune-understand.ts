/**
 * Chooses the intent regression's training and the confidence threshold on the development
 * sets (earlier held-out sets, never the test set), reading each message exactly as the bot
 * does. Run by hand:
 *   npx tsx bench/tune-understand.ts
 * and copy the winner into src/core/understand (intent-regression.ts, understand.ts).
 */
import { examplesFrom, intentClassifier } from '../src/app/language-model.ts';
import { INTENT_REGRESSION } from '../src/core/understand/intent-regression.ts';
import { loadWordVectors } from '../src/app/word-vectors.ts';
import { loadKnowledge } from '../src/core/knowledge/load.ts';
import { nameReaders } from '../src/core/understand/names.ts';
import { understandDev } from './heldout.ts';
import { accuracyOf } from './understand.ts';

const knowledge = loadKnowledge();
const names = nameReaders(knowledge.fellowships, knowledge.places);
const examples = examplesFrom(knowledge.training, names.prepare);
const vectors = loadWordVectors('.cache');
const dev = understandDev();
const results: { epochs: number; threshold: number; accuracy: number }[] = [];
for (const epochs of [10, 20, 30]) {
  const classifier = intentClassifier(examples, '.cache', vectors, { ...INTENT_REGRESSION, epochs });
  for (const threshold of [0.2, 0.25, 0.3, 0.35, 0.4]) {
    results.push({ epochs, threshold, accuracy: await accuracyOf(classifier, false, dev, threshold) });
  }
}
results.sort((a, b) => b.accuracy - a.accuracy);
for (const r of results.slice(0, 10)) console.log(`epochs ${r.epochs} threshold ${r.threshold}: ${r.accuracy.toFixed(3)}`);
