/**
 * Builds Harbour's readers from the training utterances, every message read after its
 * spelling is put right (speller.ts). Intents: a softmax regression over words, word pairs,
 * letter runs and meaning. Crisis: a crisis-or-calm regression blended with the nearest
 * crisis and calm examples by their words. Trained models and prepared
 * utterances are cached (model-cache.ts), so later starts skip that work.
 */
import type { Knowledge } from '../core/knowledge/load.ts';
import type { Training } from '../core/knowledge/schema.ts';
import { CALM, CRISIS_REGRESSION, type CrisisReaders } from '../core/safety/crisis-model.ts';
import type { IntentClassifier } from '../core/understand/classifier.ts';
import { INTENT_REGRESSION } from '../core/understand/intent-regression.ts';
import { neighboursClassifier } from '../core/understand/neighbours.ts';
import { normalise } from '../core/understand/normalise.ts';
import { probabilities, softmaxClassifier, trainSoftmax } from '../core/understand/softmax.ts';
import { speller } from '../core/understand/speller.ts';
import { textFeatures, type Features } from '../core/understand/text-features.ts';
import type { WordVectors } from '../core/understand/word-vectors.ts';
import { cachedJson, cachedModel, modelKey } from './model-cache.ts';

/** Bump when normalisation, features or training change, so old caches are not reused. */
const MODEL_VERSION = 6;

/** Training utterances, prepared the way member messages are (normalised, names replaced). */
export function examplesFrom(training: Training, prepare: (text: string) => string): Map<string, string[]> {
  // An utterance of emoji alone prepares to nothing: nothing to learn from.
  return new Map(Object.entries(training).map(([intent, utterances]) => [intent, utterances.map(prepare).filter((u) => /[\p{L}\p{N}]/u.test(u))]));
}

function labelled(examples: Map<string, string[]>, vectors: WordVectors, labelOf: (key: string) => string): { features: Features; label: string }[] {
  return [...examples].flatMap(([key, texts]) => texts.map((text) => ({ features: textFeatures(text, vectors), label: labelOf(key) })));
}

/**
 * The intent classifier; pass `cacheDir: null` to always train. `names` says what `prepare`
 * replaces (fellowships, places), so a change there prepares the utterances afresh.
 */
export async function languageModel(training: Training, prepare: (text: string) => string, cacheDir: string | null, vectors: WordVectors, names: unknown = null): Promise<IntentClassifier> {
  // Preparing thousands of utterances takes a fifth of a second: done once, then read.
  const prepared = cachedJson(cacheDir, 'utterances', modelKey(MODEL_VERSION, training, names), () => [...examplesFrom(training, prepare)]);
  return intentClassifier(new Map(prepared), cacheDir, vectors);
}

/** The intent regression behind the spelling corrector. */
export function intentClassifier(examples: Map<string, string[]>, cacheDir: string | null, vectors: WordVectors, training = INTENT_REGRESSION): IntentClassifier {
  const model = cachedModel(cacheDir, 'intents', modelKey(MODEL_VERSION, training, [...examples]), () => trainSoftmax(labelled(examples, vectors, (intent) => intent), training));
  const spelling = speller([...examples.values()].flat(), (word) => vectors.index.has(word));
  const regression = softmaxClassifier(model, (text) => textFeatures(text, vectors));
  return {
    async classify(text) {
      const corrected = spelling.correct(text);
      // A message mostly of words never seen in training is one to be unsure about, however
      // sure the regression is: "erm whenever" must not read as "stop".
      const known = spelling.known(corrected);
      return (await regression.classify(corrected)).map((g) => ({ intent: g.intent, score: g.score * known }));
    },
  };
}

/** The crisis check's readers: crisis kinds against calm messages and every ordinary utterance. */
export function crisisReaders(knowledge: Knowledge, vectors: WordVectors, cacheDir: string | null): CrisisReaders {
  const { crisis, training } = knowledge;
  const [byKind, calm, ordinary] = cachedJson(cacheDir, 'crisis-examples', modelKey(MODEL_VERSION, crisis, training), () => {
    const byKind: Record<string, string[]> = {};
    for (const { text, kind } of crisis.examples) (byKind[kind] ??= []).push(normalise(text));
    return [byKind, crisis.calm.map(normalise), Object.values(training).flat().map(normalise)] as const;
  });
  const kinds = new Map(Object.entries(byKind));
  // The regression learns from every ordinary utterance too; the neighbours only from the hard
  // negatives, which keeps them fast and loses little (bench/tune-crisis.ts).
  const everything = new Map([...kinds, [CALM, [...calm, ...ordinary]]]);
  const nearby = new Map([...kinds, [CALM, calm]]);
  const model = cachedModel(cacheDir, 'crisis', modelKey(MODEL_VERSION, CRISIS_REGRESSION, [...everything]), () =>
    trainSoftmax(labelled(everything, vectors, (kind) => (kind === CALM ? CALM : 'crisis')), { ...CRISIS_REGRESSION, weightOf: (label) => (label === CALM ? 1 : CRISIS_REGRESSION.missCost) }),
  );
  const crisisClass = model.classes.indexOf('crisis');
  const spelling = speller([...everything.values()].flat(), (word) => vectors.index.has(word));
  // Spelling is put right first; words the readers have never seen never lower a crisis score.
  const corrected = (classifier: IntentClassifier): IntentClassifier => ({ classify: (text) => classifier.classify(spelling.correct(text)) });
  return {
    regression: (text) => probabilities(model, textFeatures(spelling.correct(text), vectors))[crisisClass] ?? 0,
    neighbours: corrected(neighboursClassifier(nearby)),
  };
}
