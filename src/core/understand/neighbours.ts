/**
 * Spelling-tolerant nearest neighbours: a MiniSearch full-text index over the training
 * utterances with fuzzy and prefix matching, so "sponser" and "alcholic" still find their
 * intent. The best few matching utterances vote for their intents.
 */
import MiniSearch from 'minisearch';
import type { IntentClassifier, IntentGuess } from './classifier.ts';
import { ranked } from './classifier.ts';

type Utterance = { id: number; text: string; intent: string };

const NEIGHBOURS = 7;

/** Words too common to tell intents apart. */
const STOP_WORDS = new Set(['a', 'an', 'the', 'i', 'me', 'my', 'to', 'of', 'is', 'it', 'do', 'and', 'or', 'be', 'am', 'are', 'you', 'your', 'that', 'this', 'in', 'on', 'for', 'so', 'just', 'please', 'hi']);

/** Builds the index; `examples` are normalised utterances per intent. */
export function neighboursClassifier(examples: Map<string, string[]>): IntentClassifier {
  const index = new MiniSearch<Utterance>({
    fields: ['text'],
    storeFields: ['intent'],
    processTerm: (term) => (STOP_WORDS.has(term) ? null : term.toLowerCase()),
    searchOptions: { fuzzy: (term) => (term.length >= 5 ? 0.25 : term.length >= 4 ? 0.2 : 0), prefix: (term) => term.length >= 4, combineWith: 'OR' },
  });
  let id = 0;
  for (const [intent, utterances] of examples) index.addAll(utterances.map((text) => ({ id: id++, text, intent })));

  return {
    async classify(normalised: string): Promise<IntentGuess[]> {
      const terms = new Set(normalised.split(/[^\p{L}\p{N}]+/u).filter((t) => t && !STOP_WORDS.has(t)));
      if (terms.size === 0) return [];
      const hits = index.search(normalised).slice(0, NEIGHBOURS);
      const votes = new Map<string, number>();
      hits.forEach((hit, rank) => {
        const intent = String(hit['intent']);
        // Nearer neighbours count more; rank discounting keeps one long match from dominating.
        votes.set(intent, (votes.get(intent) ?? 0) + hit.score / (rank + 1));
      });
      // Votes say which intent; coverage says how sure: the share of the message's words the
      // best neighbour matched, so gibberish that grazes one word stays unsure.
      const coverage = Math.min(1, (hits[0]?.queryTerms.length ?? 0) / terms.size);
      return ranked(votes).map((g) => ({ intent: g.intent, score: g.score * coverage }));
    },
  };
}
