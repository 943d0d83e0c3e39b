/** Crisis helplines per region, as data (knowledge/en/safety/helplines.yaml). */
import { z } from 'zod';

const line = z.strictObject({
  name: z.string().min(1),
  contact: z.string().min(1),
  source: z.url().optional(),
  /** Shown only for these kinds of crisis (a domestic-abuse line for danger); otherwise always. */
  only_for: z.array(z.enum(['suicide', 'selfharm', 'overdose', 'medical', 'danger'])).optional(),
});
const region = z.strictObject({
  name: z.string().min(1),
  zones: z.array(z.string()).min(1),
  emergency: z.string().min(1),
  lines: z.array(line).min(2),
  reviewed: z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]),
});
export const helplinesSchema = z
  .strictObject({ default: z.string(), regions: z.record(z.string().regex(/^[A-Z]{2}$/), region) })
  .refine((h) => h.default in h.regions, { message: 'default must name a region' });

export type Helplines = z.infer<typeof helplinesSchema>;
export type Region = Helplines['regions'][string];

/** The region for a member: their own setting, else their time zone, else the default. */
export function regionFor(helplines: Helplines, setting: string | null, timezone?: string): Region {
  const chosen = setting ? helplines.regions[setting] : undefined;
  if (chosen) return chosen;
  const byZone = timezone ? Object.values(helplines.regions).find((r) => r.zones.includes(timezone)) : undefined;
  const fallback = helplines.regions[helplines.default];
  if (!fallback) throw new Error('helplines: default region missing');
  return byZone ?? fallback;
}
