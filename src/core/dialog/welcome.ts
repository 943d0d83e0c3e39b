/** The first thing a member sees, and the menu they can always come back to. */
import type { Button, Reply } from '../inbound.ts';
import { en } from '../text/en.ts';
import { action } from './actions.ts';
import { reply } from './reply.ts';

/** What Harbour can do, as buttons: the way out of every dead end. */
export function menuButtons(): Button[] {
  return [
    { label: en.buttons.groups, action: action.intent('groups') },
    { label: en.buttons.meetings, action: action.intent('meetings') },
    { label: en.buttons.checkin, action: action.intent('checkin') },
    { label: en.buttons.privacy, action: action.intent('privacy') },
  ];
}

export function welcome(): Reply {
  return reply(`${en.welcome}\n\n${en.privacyLine}`, menuButtons());
}

export function help(): Reply {
  return reply(en.help, menuButtons());
}
