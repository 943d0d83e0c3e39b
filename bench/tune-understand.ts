/**
 * Chooses the intent regression's training and the confidence threshold on the development
 * sets (earlier held-out sets, never the test set), reading each message exactly as the bot
 * does. Run by hand:
 *   npx tsx bench/tune-understand.ts
 * and copy the winner into src/core/understand (intent-regression.ts, understand.ts).
 */
import { DateTime } from 'luxon';
import { examplesFrom, intentClassifier } from '../src/app/language-model.ts';
import { INTENT_REGRESSION } from '../src/core/understand/intent-regression.ts';
import { loadWordVectors } from '../src/app/word-vectors.ts';
import { commandIn } from '../src/core/dialog/commands.ts';
import { loadKnowledge } from '../src/core/knowledge/load.ts';
import { nameReaders } from '../src/core/understand/names.ts';
import { understanding } from '../src/core/understand/understand.ts';
import { understandDev } from './heldout.ts';

const knowledge = loadKnowledge();
const names = nameReaders(knowledge.fellowships, knowledge.places);
const examples = examplesFrom(knowledge.training, names.prepare);
const vectors = loadWordVectors('.cache');
const today = DateTime.fromISO('2026-11-24T12:00', { zone: 'Europe/London' });
const dev = understandDev();
const results: { epochs: number; threshold: number; accuracy: number }[] = [];
for (const epochs of [10, 20, 30]) {
  const classifier = intentClassifier(examples, '.cache', vectors, { ...INTENT_REGRESSION, epochs });
  for (const threshold of [0.2, 0.25, 0.3, 0.35, 0.4]) {
    const understand = understanding({ classifier, ...names }, threshold);
    let right = 0;
    for (const { text, intent } of dev) if ((commandIn(text) ?? (await understand(text, today)).intents[0]?.intent ?? 'none') === intent) right++;
    results.push({ epochs, threshold, accuracy: right / dev.length });
  }
}
results.sort((a, b) => b.accuracy - a.accuracy);
for (const r of results.slice(0, 10)) console.log(`epochs ${r.epochs} threshold ${r.threshold}: ${r.accuracy.toFixed(3)}`);
