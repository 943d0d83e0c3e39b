/** The readers built from Harbour's knowledge: fellowship and place finders, and the delexicaliser. */
import { delexicaliser } from './delexicalise.ts';
import { fellowshipFinder, type FellowshipNames } from './entities/fellowship.ts';
import { placeFinder } from './entities/place.ts';
import { normalise } from './normalise.ts';

export function nameReaders(fellowships: (FellowshipNames & { kind?: string })[], places: Iterable<string>) {
  const findFellowships = fellowshipFinder(fellowships);
  const findPlace = placeFinder(places);
  const delexicalise = delexicaliser(fellowships, places);
  return {
    findFellowships,
    findPlace,
    delexicalise,
    /** Text as the classifier sees it: normalised, names replaced by what they are. */
    prepare(text: string): string {
      const normalised = normalise(text);
      return delexicalise(normalised, findFellowships(normalised, text));
    },
  };
}

export type NameReaders = ReturnType<typeof nameReaders>;
