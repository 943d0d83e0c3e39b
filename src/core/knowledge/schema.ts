/** The shape of the knowledge files (knowledge/README.md), checked when Harbour starts. */
import { z } from 'zod';

const text = z.string().trim().min(1);
const url = z.url({ protocol: /^https$/ });
const MAX_ANSWER_WORDS = 120;

/** Fellowship fields that answer a topic for one fellowship ("what does NA cost?"). */
export const ASPECTS = ['for_whom', 'approach', 'meeting', 'open_closed', 'cost', 'support', 'online', 'website'] as const;
export type Aspect = (typeof ASPECTS)[number];

const shortAnswer = text.refine((s) => s.split(/\s+/).length < MAX_ANSWER_WORDS, {
  message: `must be under ${MAX_ANSWER_WORDS} words`,
});

export const fellowshipSchema = z.strictObject({
  code: z.string().regex(/^[A-Z][A-Z0-9-]*$/),
  name: text,
  aliases: z.array(z.string().regex(/^[^A-Z]+$/, 'aliases are lower case')).min(1),
  kind: z.enum(['fellowship', 'family', 'professional']),
  twelve_step: z.boolean(),
  outlook: z.enum(['spiritual', 'secular', 'buddhist', 'mixed']),
  summary: shortAnswer,
  for_whom: shortAnswer,
  approach: shortAnswer,
  meeting: shortAnswer,
  open_closed: shortAnswer,
  cost: shortAnswer,
  support: shortAnswer,
  online: shortAnswer,
  website: url,
  meeting_finder: url.optional(),
  helpline: z.string().optional(),
  reviewed: z.union([text, z.date().transform((d) => d.toISOString().slice(0, 10))]),
  sources: z.array(url).min(1),
});
export type Fellowship = z.infer<typeof fellowshipSchema>;

export const topicSchema = z.strictObject({
  id: z.string().regex(/^[a-z_]+$/),
  title: text,
  answer: shortAnswer,
  related: z.array(z.string()).max(3).default([]),
  aspect: z.enum(ASPECTS).optional(),
  reviewed: z.union([text, z.date().transform((d) => d.toISOString().slice(0, 10))]),
  sources: z.array(url).min(1),
});
export type Topic = z.infer<typeof topicSchema>;

/** Training utterances per intent. */
export const trainingSchema = z.record(z.string().regex(/^[a-z_]+$/), z.array(z.string().min(1)).min(1));
export type Training = z.infer<typeof trainingSchema>;
