/** Answers to the cross-cutting questions, in general or for one named group. */
import type { Button, Reply } from '../inbound.ts';
import type { Catalogue } from '../knowledge/catalogue.ts';
import type { Fellowship, Topic } from '../knowledge/schema.ts';
import { en } from '../text/en.ts';
import { action } from './actions.ts';
import { reply } from './reply.ts';

/** The label of a button that leads to an intent. */
export function intentLabel(intent: string, catalogue: Catalogue): string {
  const fixed: Record<string, string> = {
    groups: en.buttons.groups,
    meetings: en.buttons.meetings,
    checkin: en.buttons.checkin,
    help: en.buttons.help,
    start: en.buttons.help,
    fellowship_info: en.buttons.groups,
    mydata: 'See my data',
    forget: 'Erase my data',
  };
  return fixed[intent] ?? catalogue.topic(intent)?.title ?? intent.replace(/_/g, ' ');
}

function relatedButtons(topic: Topic, catalogue: Catalogue, code?: string): Button[] {
  return topic.related.map((id) => ({
    label: intentLabel(id, catalogue),
    action: code && catalogue.topic(id)?.aspect ? action.aspect(id, code) : code && id === 'meetings' ? action.meetings(code) : action.intent(id),
  }));
}

/** A topic's general answer, with its related questions as buttons. */
export function topicAnswer(topic: Topic, catalogue: Catalogue): Reply {
  return reply(topic.answer.trim(), relatedButtons(topic, catalogue));
}

/** A topic answered for one group from that group's own file ("what does NA cost?"). */
export function aspectAnswer(topic: Topic, f: Fellowship, catalogue: Catalogue): Reply {
  if (!topic.aspect) return topicAnswer(topic, catalogue);
  const body = topic.aspect === 'website' ? en.fellowshipLink(f.name, f.website) : f[topic.aspect];
  const buttons = relatedButtons(topic, catalogue, f.code);
  buttons.push({ label: en.buttons.more(f.code), action: action.about(f.code) });
  return reply(`${en.aspectHeading(topic.title, f.name)}\n\n${body.trim()}`, buttons);
}
