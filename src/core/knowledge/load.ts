/** Reads and validates the knowledge folder: fellowships, topics and training utterances. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Encouragement } from '../checkins/encouragement.ts';
import { helplinesSchema, type Helplines } from '../safety/helplines.ts';
import { fellowshipSchema, topicSchema, trainingSchema, type Fellowship, type Topic, type Training } from './schema.ts';

export type Knowledge = {
  fellowships: Fellowship[];
  topics: Map<string, Topic>;
  training: Training;
  helplines: Helplines;
  places: string[];
  /** Crisis messages by kind, and calm ones (hard negatives), for the crisis check's classifier. */
  crisis: { examples: { text: string; kind: string }[]; calm: string[] };
  /** Harbour's own daily encouragements. */
  encouragements: Encouragement[];
};

const encouragementsSchema = z.object({
  encouragements: z
    .array(z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), theme: z.string().min(1), text: z.string().min(10).max(280) }))
    .min(1)
    .refine((list) => new Set(list.map((e) => e.id)).size === list.length, { message: 'ids must be unique' }),
});

/** The knowledge folder shipped with Harbour. */
export const KNOWLEDGE_DIR = fileURLToPath(new URL('../../../knowledge/en', import.meta.url));

function readYaml<T>(file: string, schema: z.ZodType<T>): T {
  const result = schema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(`${file}: ${first?.path.join('.') || '(top)'} ${first?.message ?? 'is invalid'}`);
  }
  return result.data;
}

function filesEnding(dir: string, ending: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(ending))
    .sort()
    .map((f) => join(dir, f));
}
const yamlFiles = (dir: string) => filesEnding(dir, '.yaml');
const jsonlFiles = (dir: string) => filesEnding(dir, '.jsonl');

/** One labelled message per line; a bad line fails loudly with its file and line number. */
function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  const out: T[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new Error(`${file}:${i + 1}: not JSON`);
      }
      const result = schema.safeParse(json);
      if (!result.success) throw new Error(`${file}:${i + 1}: ${result.error.issues[0]?.message ?? 'is invalid'}`);
      out.push(result.data);
    });
  return out;
}

/** Loads every file, failing loudly on the first invalid one so a typo never reaches a member. */
export function loadKnowledge(dir: string = KNOWLEDGE_DIR): Knowledge {
  const fellowships = yamlFiles(join(dir, 'fellowships')).map((f) => readYaml(f, fellowshipSchema));
  const topics = new Map(yamlFiles(join(dir, 'topics')).map((f) => {
    const topic = readYaml(f, topicSchema);
    return [topic.id, topic] as const;
  }));
  // Every file in nlu/ adds utterances, YAML by intent or JSON lines; intents may appear in several files.
  const training: Training = {};
  const add = (intent: string, utterances: string[]) => (training[intent] = [...(training[intent] ?? []), ...utterances]);
  for (const file of yamlFiles(join(dir, 'nlu'))) {
    for (const [intent, utterances] of Object.entries(readYaml(file, trainingSchema))) add(intent, utterances);
  }
  for (const file of jsonlFiles(join(dir, 'nlu'))) for (const { text, intent } of readJsonl(file, trainingLine)) add(intent, [text]);
  const helplines = readYaml(join(dir, 'safety', 'helplines.yaml'), helplinesSchema);
  const { places } = readYaml(join(dir, 'places.yaml'), z.object({ places: z.array(z.string().min(1)) }));
  const { encouragements } = readYaml(join(dir, 'encouragements.yaml'), encouragementsSchema);
  return { fellowships, topics, training, helplines, places, crisis: loadCrisisExamples(join(dir, 'safety')), encouragements };
}

const crisisYaml = z.object({ crisis: z.record(z.string(), z.array(z.string())), not_crisis: z.record(z.string(), z.array(z.string())) });
const crisisLine = z.object({ text: z.string().min(1), crisis: z.boolean(), kind: z.string() });
const trainingLine = z.object({ text: z.string().min(1), intent: z.string().regex(/^[a-z_]+$/) });

/** The crisis examples: the YAML by kind, and any JSON-lines files of labelled messages. */
function loadCrisisExamples(dir: string): Knowledge['crisis'] {
  const yaml = readYaml(join(dir, 'crisis-examples.yaml'), crisisYaml);
  const examples = Object.entries(yaml.crisis).flatMap(([kind, list]) => list.map((text) => ({ text, kind })));
  const calm = Object.values(yaml.not_crisis).flat();
  for (const file of jsonlFiles(dir)) {
    for (const m of readJsonl(file, crisisLine)) {
      if (m.crisis) examples.push({ text: m.text, kind: m.kind });
      else calm.push(m.text);
    }
  }
  return { examples, calm };
}
