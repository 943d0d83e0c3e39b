/** Finds a town or city in a message: a known place name, or the words after "in"/"near". */

export type PlaceWanted = { name: string; known: boolean };

const CUE = /\b(?:in|near|nr|around|round|close to|by|at)\s+([a-z][a-z' -]{1,40}?)(?=\s+(?:on|at|for|this|next|tonight|today|tomorrow|after|before|in|area|please|pls|or|and|any)\b|[?!.,]|$)/;
/** Words after "in"/"near" that are not places ("in the morning", "near me"). */
const NOT_PLACES = /^(me|my|here|the|a|an|person|real life|town|the area|my area|the morning|the evening|the afternoon|recovery|it|this|that|there|general|total|zoom|online|case|time|future|london area)\b/;

/** Builds a finder over known place names (the gazetteer), matched whole-word and case-blind. */
export function placeFinder(places: Iterable<string>) {
  const byKey = new Map<string, string>();
  for (const name of places) byKey.set(key(name), name);
  const longestFirst = [...byKey.keys()].sort((a, b) => b.length - a.length);

  /** The place named in `normalised` text, or null. */
  return function findPlace(normalised: string): PlaceWanted | null {
    const text = ` ${key(normalised)} `;
    for (const k of longestFirst) if (text.includes(` ${k} `)) return { name: byKey.get(k) ?? k, known: true };
    const cued = CUE.exec(normalised.replace(/[^\p{L}\p{N}?!.,' -]+/gu, ' '));
    const name = cued?.[1]?.trim();
    if (!name || NOT_PLACES.test(name) || /\d/.test(name)) return null;
    return { name: name.replace(/\b\p{L}/gu, (c) => c.toUpperCase()), known: false };
  };
}

function key(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
