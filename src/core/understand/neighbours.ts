/**
 * Nearest neighbours by words: a MiniSearch full-text (BM25) index over the training
 * utterances, searched with the message after its spelling is put right (speller.ts), so
 * "sponser" and "alcholic" still find their intent. The best few matching utterances vote
 * for their intents.
 */
import MiniSearch from 'minisearch';
import type { IntentClassifier, IntentGuess } from './classifier.ts';
import { ranked } from './classifier.ts';

type Utterance = { id: number; text: string; intent: string };

const NEIGHBOURS = 7;

/** Words too common to tell intents apart. */
const STOP_WORDS = new Set(['a', 'an', 'the', 'i', 'me', 'my', 'to', 'of', 'is', 'it', 'do', 'and', 'or', 'be', 'am', 'are', 'you', 'your', 'that', 'this', 'in', 'on', 'for', 'so', 'just', 'please', 'hi']);

const COMMON_SHARE = 0.05;

function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((t) => t && !STOP_WORDS.has(t));
}

/** Builds the index; `examples` are normalised utterances per intent. */
export function neighboursClassifier(examples: Map<string, string[]>): IntentClassifier {
  const index = new MiniSearch<Utterance>({
    fields: ['text'],
    storeFields: ['intent'],
    processTerm: (term) => (STOP_WORDS.has(term) ? null : term.toLowerCase()),
    // Exact words only: spelling is put right before the search (speller.ts), and fuzzy
    // matching over thousands of examples was most of a reply's time.
    searchOptions: { combineWith: 'OR' },
  });
  let id = 0;
  const documents = new Map<string, number>();
  for (const [intent, utterances] of examples) {
    index.addAll(utterances.map((text) => ({ id: id++, text, intent })));
    for (const text of utterances) for (const word of new Set(wordsOf(text))) documents.set(word, (documents.get(word) ?? 0) + 1);
  }
  // Words in more than one example in twenty say little about which is nearest, yet searching
  // for them scores thousands of examples: the search leaves them out.
  const common = (word: string) => (documents.get(word) ?? 0) > id * COMMON_SHARE;

  return {
    async classify(normalised: string): Promise<IntentGuess[]> {
      const terms = [...new Set(wordsOf(normalised))];
      if (terms.length === 0) return [];
      const telling = terms.filter((t) => !common(t));
      const hits = index.search((telling.length ? telling : terms).join(' ')).slice(0, NEIGHBOURS);
      const votes = new Map<string, number>();
      hits.forEach((hit, rank) => {
        const intent = String(hit['intent']);
        // Nearer neighbours count more; rank discounting keeps one long match from dominating.
        votes.set(intent, (votes.get(intent) ?? 0) + hit.score / (rank + 1));
      });
      // Votes say which intent; coverage says how sure: the share of the message's words the
      // best neighbour matched, so gibberish that grazes one word stays unsure.
      const coverage = Math.min(1, (hits[0]?.queryTerms.length ?? 0) / (telling.length || terms.length));
      return ranked(votes).map((g) => ({ intent: g.intent, score: g.score * coverage }));
    },
  };
}
