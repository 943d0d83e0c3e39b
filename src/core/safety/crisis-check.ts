/**
 * The whole crisis check every inbound message passes first: the patterns (crisis.ts), then
 * the model (crisis-model.ts). The model catches crises the patterns have never seen worded
 * that way; and when only topic words or idiom-prone phrases matched, or the message tells of
 * the past, and the model, having read the whole message, is sure it is not a crisis ("my boss
 * is going to kill me", "what are the signs of an overdose?", "years ago I took too many
 * pills, I'm well now"), the member gets a normal answer with a line on where help is, rather
 * than the crisis reply. A plain statement of danger ("my partner is violent") always stands.
 */
import { commandIn } from '../dialog/commands.ts';
import { hasWords, normalise, words } from '../understand/normalise.ts';
import { readCrisisSigns, type CrisisSignal } from './crisis.ts';
import type { CrisisModel } from './crisis-model.ts';

/**
 * A bare everyday closing ("bye", "night x"): the model has learnt that goodbyes can be last
 * messages, but "bye" on its own is nearly always just that. "Goodbye everyone" or "bye
 * forever" are still read by both.
 */
const CLOSING = /^(?:ok |okay |thanks |thank you |cheers |right |anyway )?(?:bye|byee|goodbye|good bye|bye bye|ta ta|tata|see ya|see you|cya|night|nite|goodnight|good night|night night)(?: (?:x+|now|then|for now|all|mate|hun|love|later|soon|tomorrow))?$/;

/** One or two words carry little to go on ("more", "next"): the model alone must be surer. */
const SHORT_WORDS = 2;
const SHORT_THRESHOLD = 0.8;

/** The model's score under which a pattern's match is taken as a false alarm. */
export const PATTERN_VETO = 0.1;
/** The model reads this much; a pattern matching in a longer message always stands. */
export const MODEL_READS_CHARS = 4096;

export type CrisisVerdict = {
  signal: CrisisSignal | null;
  /** The patterns matched but the model overruled them: answer, and say where help is. */
  gentle: boolean;
};

export async function crisisCheck(text: string, model: CrisisModel | undefined, onError?: (error: unknown) => void): Promise<CrisisVerdict> {
  const read = readCrisisSigns(text);
  const pattern: CrisisSignal | null = read ? { kind: read.kind } : null;
  // A bare command ("help", "/stop") is a request the member knows how to make: the patterns
  // still read it, the model does not (it has learnt that crises often say "help").
  const normalised = normalise(text.slice(0, MODEL_READS_CHARS));
  const said = words(normalised);
  if (!model || !hasWords(text) || commandIn(text) || CLOSING.test(said.join(' '))) return { signal: pattern, gentle: false };
  let assessment;
  try {
    assessment = await model.assess(normalised);
  } catch (error) {
    // The model must never block the check: the patterns alone decide.
    onError?.(error);
    return { signal: pattern, gentle: false };
  }
  if (pattern) {
    const overruled = read?.overrulable === true && assessment.score < PATTERN_VETO && text.length <= MODEL_READS_CHARS;
    return overruled ? { signal: null, gentle: true } : { signal: pattern, gentle: false };
  }
  const threshold = said.length <= SHORT_WORDS ? Math.max(model.threshold, SHORT_THRESHOLD) : model.threshold;
  return { signal: assessment.score >= threshold ? { kind: assessment.kind } : null, gentle: false };
}
