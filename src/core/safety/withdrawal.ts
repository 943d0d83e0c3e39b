/**
 * Withdrawal care: stopping heavy drinking or benzodiazepines suddenly can be dangerous, so
 * whenever someone says they are stopping, or mentions shakes, sweats, seeing things or fits,
 * Harbour says so plainly and signposts a GP, NHS 111 and 999, whatever else they asked.
 */
import { normalise } from '../understand/normalise.ts';

const SUBSTANCE = '(?:drinking|drink|the drink|booze|boozing|alcohol|the bottle|benzos?|benzodiazepines?|valium|diazepam|xanax|alprazolam|librium|chlordiazepoxide|lorazepam|ativan|clonazepam|klonopin|temazepam|etizolam|street benzos|blues|zopiclone|pills|my meds)';
const STOPPING = new RegExp(
  `\\b(?:stop|stopping|stopped|quit|quitting|give up|giving up|gave up|come off|coming off|came off|get off|getting off|cut out|cutting out|pack in|packing in|going cold turkey|go cold turkey|went cold turkey|detox|detoxing|ditch|ditching|kick|kicking|off) (?:the |my )?(?:all |on )?${SUBSTANCE}\\b|\\b${SUBSTANCE} (?:cold turkey|for good)\\b|\\bcold turkey\\b|\\b(?:last|final) (?:drink|bottle|pill)\\b|\\b(?:day|days) (?:one|1|2|3|two|three) (?:off|without|of not) (?:the |my )?${SUBSTANCE}\\b|\\bsober (?:from|since) (?:today|yesterday|this morning|last night)\\b`,
);
const SYMPTOMS = /\b(?:having|had|have|get|getting|gets|got|been having) (?:a |the )?(?:fit|fits|seizures?)\b|\bseizures?\b|\b(?:shakes|shaking|shaky|tremors?|trembling|sweats|sweating|night sweats|seeing things|hearing things|hallucinat\w*|dts|delirium|the horrors|rattling|clucking|heart racing|racing heart)\b/;

/** True when a message says someone is stopping alcohol or benzodiazepines, or has withdrawal signs. */
export function needsWithdrawalCare(text: string): boolean {
  const t = normalise(text);
  return STOPPING.test(t) || SYMPTOMS.test(t);
}
