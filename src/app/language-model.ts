/**
 * Builds Harbour's intent classifier from the training utterances: NLP.js (cached as JSON
 * keyed by a hash of the training data, so later starts skip training) blended with the fuzzy
 * neighbours index.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Knowledge } from '../core/knowledge/load.ts';
import type { Training } from '../core/knowledge/schema.ts';
import { CALM } from '../core/safety/crisis-model.ts';
import { normalise } from '../core/understand/normalise.ts';
import type { IntentClassifier } from '../core/understand/classifier.ts';
import { ensemble, NLPJS_WEIGHT } from '../core/understand/ensemble.ts';
import { neighboursClassifier } from '../core/understand/neighbours.ts';
import { loadNlpjs, trainNlpjs } from '../core/understand/nlpjs.ts';
import { speller } from '../core/understand/speller.ts';

/** Bump when normalisation or the classifier setup changes, so old caches are not reused. */
const MODEL_VERSION = 5;

/** Training utterances, prepared the way member messages are (normalised, names replaced). */
export function examplesFrom(training: Training, prepare: (text: string) => string): Map<string, string[]> {
  return new Map(Object.entries(training).map(([intent, utterances]) => [intent, utterances.map(prepare)]));
}

async function nlpjsModel(examples: Map<string, string[]>, cacheDir: string | null): Promise<IntentClassifier> {
  const key = createHash('sha256').update(JSON.stringify([MODEL_VERSION, [...examples]])).digest('hex').slice(0, 16);
  const file = cacheDir ? join(cacheDir, `nlu-${key}.json`) : null;
  if (file) {
    try {
      return loadNlpjs(readFileSync(file, 'utf8'));
    } catch {
      // No cache yet (or a damaged one): train below.
    }
  }
  const { classifier, model } = await trainNlpjs(examples);
  if (file && cacheDir) {
    mkdirSync(cacheDir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, model);
    renameSync(temp, file); // Atomic, so two starting processes never read half a model.
  }
  return classifier;
}

/** The blended classifier; pass `cacheDir: null` to always train. */
export async function languageModel(training: Training, prepare: (text: string) => string, cacheDir: string | null): Promise<IntentClassifier> {
  return blendedClassifier(examplesFrom(training, prepare), cacheDir);
}

/** The crisis check's classifier: crisis kinds against calm messages and every ordinary utterance. */
export async function crisisLanguageModel(knowledge: Knowledge, cacheDir: string | null): Promise<IntentClassifier> {
  const examples = new Map<string, string[]>();
  for (const { text, kind } of knowledge.crisis.examples) examples.set(kind, [...(examples.get(kind) ?? []), normalise(text)]);
  examples.set(CALM, [...knowledge.crisis.calm, ...Object.values(knowledge.training).flat()].map(normalise));
  // For safety, words the classifier has never seen never lower a crisis score.
  return blendedClassifier(examples, cacheDir, { scaleByKnownWords: false });
}

/** NLP.js and the fuzzy neighbours, blended, behind the spelling corrector. */
async function blendedClassifier(examples: Map<string, string[]>, cacheDir: string | null, options = { scaleByKnownWords: true }): Promise<IntentClassifier> {
  const nlpjs = await nlpjsModel(examples, cacheDir);
  const blended = ensemble([
    { classifier: nlpjs, weight: NLPJS_WEIGHT },
    { classifier: neighboursClassifier(examples), weight: 1 - NLPJS_WEIGHT },
  ]);
  const spelling = speller([...examples.values()].flat());
  return {
    async classify(text) {
      const corrected = spelling.correct(text);
      // A message mostly of words never seen in training is one to be unsure about.
      const known = options.scaleByKnownWords ? spelling.known(corrected) : 1;
      return (await blended.classify(corrected)).map((g) => ({ intent: g.intent, score: g.score * known }));
    },
  };
}
