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

/**
 * The test sets: written by someone who saw only the labelling guides (bench/data/README.md),
 * never the training data or the code, committed unread, and only ever measured.
 */
export const understandTest = () => jsonl('understand-test-2.jsonl', intentLine);
export const crisisTest = () => jsonl('crisis-test-3.jsonl', crisisLine);
/** The development sets: earlier held-out sets, since looked at while improving the models. */
export const understandDev = () => ['understand-heldout.jsonl', 'understand-dev.jsonl', 'understand-dev-2.jsonl'].flatMap((f) => jsonl(f, intentLine));
export const crisisDev = () => ['crisis-heldout.jsonl', 'crisis-dev.jsonl', 'crisis-dev-2.jsonl', 'crisis-dev-3.jsonl'].flatMap((f) => jsonl(f, crisisLine));
