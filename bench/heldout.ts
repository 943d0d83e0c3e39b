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

const intentLine = z.object({ text: z.string(), intent: z.string() });
const crisisLine = z.object({ text: z.string(), crisis: z.boolean(), kind: z.string() });

/** The test sets: written before the final model and only ever measured. */
export const understandHeldout = () => jsonl('understand-heldout.jsonl', intentLine);
export const crisisHeldout = () => jsonl('crisis-heldout.jsonl', crisisLine);
/** Earlier crisis held-out sets, since looked at while improving the check. */
export const crisisDev = () => jsonl('crisis-dev.jsonl', crisisLine);
/** The development set: an earlier held-out set, since looked at while improving the model. */
export const understandDev = () => jsonl('understand-dev.jsonl', intentLine);
