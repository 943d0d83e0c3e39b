/** The held-out sets in bench/data: never used in training. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const dir = (name: string) => fileURLToPath(new URL(`./data/${name}`, import.meta.url));

function jsonl<T>(name: string, schema: z.ZodType<T>): T[] {
  return readFileSync(dir(name), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${name}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

export const understandHeldout = () => jsonl('understand-heldout.jsonl', z.object({ text: z.string(), intent: z.string() }));
export const crisisHeldout = () => jsonl('crisis-heldout.jsonl', z.object({ text: z.string(), crisis: z.boolean(), kind: z.string() }));
