/**
 * "Where's a meeting?" Until Harbour holds meeting feeds of its own, it says back what it
 * understood and points to each fellowship's official, up-to-date meeting finder.
 */
import type { Reply } from '../inbound.ts';
import type { Catalogue } from '../knowledge/catalogue.ts';
import { en } from '../text/en.ts';
import type { Entities } from '../understand/understand.ts';
import { action } from './actions.ts';
import { reply } from './reply.ts';

/** Groups whose finders are shown when the member names none. */
const DEFAULT_FINDERS = ['AA', 'NA', 'CA', 'SMART'];

/** "NA meetings tomorrow from 7pm near LS6", built from what was understood. */
export function describeWanted(entities: Entities): string {
  const parts: string[] = [];
  if (entities.day) parts.push(entities.day.label);
  if (entities.time && !(entities.day?.evening && entities.time.label === 'in the evening')) parts.push(entities.time.label);
  if (entities.postcode) parts.push(`near ${entities.postcode.postcode}`);
  else if (entities.place) parts.push(`in ${entities.place.name}`);
  return parts.join(' ');
}

export function meetingsAnswer(entities: Entities, catalogue: Catalogue): Reply {
  const named = entities.fellowships.map((c) => catalogue.fellowship(c)).filter((f) => f && f.kind !== 'professional');
  const shown = named.length ? named : DEFAULT_FINDERS.map((c) => catalogue.fellowship(c));
  const finders = shown.flatMap((f) => (f ? [en.meetingsFinder(f.name, f.meeting_finder ?? f.website)] : []));
  const wanted = describeWanted(entities);
  const codes = named.map((f) => f?.code).join(' and ');
  const text = [`${en.meetingsIntro(codes, wanted)}${en.meetingsSearchComing}`, finders.join('\n'), en.meetingsOnline].join('\n\n');
  const buttons = [
    { label: catalogue.topic('first_meeting')?.title ?? 'First meeting', action: action.intent('first_meeting') },
    { label: catalogue.topic('online_meetings')?.title ?? 'Online meetings', action: action.intent('online_meetings') },
  ];
  return reply(text, buttons);
}
