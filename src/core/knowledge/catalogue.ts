/** Looks things up in the loaded knowledge: fellowships by code, topics by intent. */
import type { Knowledge } from './load.ts';
import type { Fellowship, Topic } from './schema.ts';
import type { Helplines } from '../safety/helplines.ts';
import type { Encouragement } from '../checkins/encouragement.ts';

export type Catalogue = {
  fellowships: Fellowship[];
  fellowship(code: string): Fellowship | undefined;
  topic(id: string): Topic | undefined;
  helplines: Helplines;
  encouragements: Encouragement[];
};

export function catalogue(knowledge: Knowledge): Catalogue {
  const byCode = new Map(knowledge.fellowships.map((f) => [f.code, f]));
  return {
    fellowships: knowledge.fellowships,
    fellowship: (code) => byCode.get(code.toUpperCase()),
    topic: (id) => knowledge.topics.get(id),
    helplines: knowledge.helplines,
    encouragements: knowledge.encouragements,
  };
}
