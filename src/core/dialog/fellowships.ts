/** Answers about the groups themselves: one group, the list of them, two side by side. */
import type { Button, Reply } from '../inbound.ts';
import type { Catalogue } from '../knowledge/catalogue.ts';
import type { Fellowship } from '../knowledge/schema.ts';
import { en } from '../text/en.ts';
import { action } from './actions.ts';
import { reply, rows } from './reply.ts';

/** The group to set beside another: SMART for the twelve-step groups, AA for the rest. */
export function contrastFor(code: string): string {
  return code === 'SMART' ? 'AA' : 'SMART';
}

/** Who a group is for and how it works, with its website. */
export function aboutFellowship(f: Fellowship, catalogue: Catalogue): Reply {
  const text = [
    `**${f.name}** (${f.code})`,
    f.summary,
    `**${en.whoFor}:** ${f.for_whom}`,
    `**${en.howItWorks}:** ${f.approach}`,
    en.fellowshipLink(f.name, f.website),
  ].join('\n\n');
  return reply(text, fellowshipButtons(f, catalogue));
}

function fellowshipButtons(f: Fellowship, catalogue: Catalogue): Button[] {
  const buttons: Button[] = [];
  if (f.kind !== 'professional') buttons.push({ label: en.buttons.meetings, action: action.meetings(f.code) });
  const first = catalogue.topic('first_meeting');
  if (first && f.kind !== 'professional') buttons.push({ label: first.title, action: action.aspect('first_meeting', f.code) });
  const cost = catalogue.topic('cost');
  if (cost) buttons.push({ label: cost.title, action: action.aspect('cost', f.code) });
  const other = catalogue.fellowship(contrastFor(f.code));
  if (f.kind === 'fellowship' && other) buttons.push({ label: en.buttons.compareWith(other.code), action: action.compare(f.code, other.code) });
  return buttons;
}

/** Every group, grouped by who it is for, with a button each. */
export function listFellowships(catalogue: Catalogue): Reply {
  const section = (title: string, kind: Fellowship['kind']) => {
    const members = catalogue.fellowships.filter((f) => f.kind === kind);
    return members.length ? [`**${title}**`, ...members.map((f) => `• ${f.name}`)].join('\n') : '';
  };
  const text = [en.groupsIntro, section(en.groupsForYou, 'fellowship'), section(en.groupsForFamilies, 'family'), section(en.groupsProfessional, 'professional')]
    .filter(Boolean)
    .join('\n\n');
  const buttons = catalogue.fellowships.map((f) => ({ label: f.kind === 'professional' ? f.name.split(' (')[0] ?? f.code : f.code, action: action.about(f.code) }));
  return { text, buttons: rows(buttons, 4) };
}

/** Two or more groups side by side on the points people choose by. */
export function compareFellowships(list: Fellowship[], catalogue: Catalogue): Reply {
  const lines = list.map((f) =>
    [
      `**${f.name}**`,
      `${en.twelveStep(f.twelve_step)}, ${en.outlook[f.outlook] ?? f.outlook}.`,
      firstSentence(f.support),
      firstSentence(f.cost),
    ].join('\n'),
  );
  const text = [en.compareIntro, ...lines, en.compareClosing].join('\n\n');
  const buttons: Button[] = list.map((f) => ({ label: en.buttons.more(f.code), action: action.about(f.code) }));
  const religion = catalogue.topic('religion');
  if (religion) buttons.push({ label: religion.title, action: action.intent('religion') });
  return reply(text, buttons);
}

function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=\s|$)/s.exec(text.trim());
  return (m ? m[0] : text).trim();
}
