/**
 * The NLP.js neural intent classifier: trains locally in well under a second on Harbour's
 * utterances and can be saved as JSON, so later starts skip training.
 */
import { containerBootstrap } from '@nlpjs/core';
import { LangEn } from '@nlpjs/lang-en-min';
import { Nlp } from '@nlpjs/nlp';
import type { IntentClassifier, IntentGuess } from './classifier.ts';

function createNlp(): Nlp {
  const container = containerBootstrap();
  container.use(Nlp);
  container.use(LangEn);
  const nlp = container.get('nlp');
  nlp.settings.autoSave = false;
  nlp.settings.autoLoad = false;
  nlp.settings.log = false;
  // Without this the neural network prints every training epoch to stdout.
  nlp.nluManager.settings.log = false;
  nlp.addLanguage('en');
  return nlp;
}

/** Trains from scratch: `examples` are normalised utterances per intent. */
export async function trainNlpjs(examples: Map<string, string[]>): Promise<{ classifier: IntentClassifier; model: string }> {
  const nlp = createNlp();
  for (const [intent, utterances] of examples) for (const u of utterances) nlp.addDocument('en', u, intent);
  await nlp.train();
  return { classifier: wrap(nlp), model: nlp.export(true) };
}

/** Restores a model saved by `trainNlpjs`. */
export function loadNlpjs(model: string): IntentClassifier {
  const nlp = createNlp();
  nlp.import(model);
  return wrap(nlp);
}

function wrap(nlp: Nlp): IntentClassifier {
  return {
    async classify(normalised: string): Promise<IntentGuess[]> {
      const result = await nlp.process('en', normalised);
      return result.classifications
        .filter((c) => c.intent !== 'None')
        .map((c) => ({ intent: c.intent, score: c.score }))
        .sort((a, b) => b.score - a.score);
    },
  };
}
