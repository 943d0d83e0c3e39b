/** Splits a message that asks several things at once into its questions. */

const QUESTION_START = '(?:do|does|did|is|are|am|can|could|will|would|should|what|whats|how|where|when|who|which|why|if|also)';
const JOIN = new RegExp(`(?:\\s+(?:and|also|plus|but|n|&)\\s+|\\s*[,;]\\s*(?:and\\s+|but\\s+)?)(?=${QUESTION_START}\\b)`, 'g');

/** The questions in `normalised`, in order; a message with one question comes back whole. */
export function segments(normalised: string): string[] {
  return normalised
    .split(/(?<=[?!.])\s+|[?!]+/)
    .flatMap((part) => part.split(JOIN))
    .map((s) => s.replace(/^[\s,.;:!?-]+|[\s,.;:!?-]+$/g, ''))
    .filter((s) => /\p{L}/u.test(s));
}
