/**
 * The whole crisis check every inbound message passes first: the patterns (crisis.ts), then
 * the model (crisis-model.ts). The model catches crises the patterns have never seen worded
 * that way; and when only topic words or idiom-prone phrases matched, or the message tells of
 * the past, and the model, having read the whole message, is sure it is not a crisis ("my boss
 * is going to kill me", "what are the signs of an overdose?", "years ago I took too many
 * pills, I'm well now"), the member gets a normal answer with a line on where help is, rather
 * than the crisis reply. A plain statement of danger ("my partner is violent") always stands.
 */
import { hasWords, normalise } from '../understand/normalise.ts';
import { readCrisisSigns, type CrisisSignal } from './crisis.ts';
import type { CrisisModel } from './crisis-model.ts';

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
  if (!model || !hasWords(text)) return { signal: pattern, gentle: false };
  let assessment;
  try {
    assessment = await model.assess(normalise(text.slice(0, MODEL_READS_CHARS)));
  } catch (error) {
    // The model must never block the check: the patterns alone decide.
    onError?.(error);
    return { signal: pattern, gentle: false };
  }
  if (read && pattern) {
    const overruled = read.overrulable && assessment.score < PATTERN_VETO && text.length <= MODEL_READS_CHARS;
    return overruled ? { signal: null, gentle: true } : { signal: pattern, gentle: false };
  }
  return { signal: assessment.score >= model.threshold ? { kind: assessment.kind } : null, gentle: false };
}
