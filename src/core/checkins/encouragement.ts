/**
 * Which encouragement a member reads on a given day. Each member cycles through the whole library
 * in an order of their own (a shuffle seeded by their id), one a day, so a message comes back
 * only after every other one: with 140 messages, every 140 days, never within 60. Nothing needs
 * storing.
 */

export type Encouragement = { id: string; theme: string; text: string };

/** The member's encouragement for the local date `day` (YYYY-MM-DD). */
export function encouragementFor(memberId: string, day: string, library: readonly Encouragement[]): Encouragement | null {
  if (!library.length) return null;
  const dayNumber = Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
  const order = shuffled(library.length, seed(memberId));
  const position = ((dayNumber % library.length) + library.length) % library.length;
  return library[order[position] ?? 0] ?? null;
}

/** A permutation of 0..n-1 (Fisher–Yates with a small seeded generator). */
function shuffled(n: number, seedValue: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let s = seedValue >>> 0 || 1;
  for (let i = n - 1; i > 0; i -= 1) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const j = (s >>> 0) % (i + 1);
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  return order;
}

function seed(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
