/** The crisis reply: help first, then one warm line, then a few gentle ways on. */
import { action } from '../dialog/actions.ts';
import type { Reply } from '../inbound.ts';
import { en } from '../text/en.ts';
import type { CrisisSignal } from './crisis.ts';
import type { Region } from './helplines.ts';

export function crisisReply(signal: CrisisSignal, region: Region): Reply {
  const lines = region.lines
    .filter((l) => l.contact !== region.emergency && (!l.only_for || l.only_for.includes(signal.kind)))
    .map((l) => `• ${l.name}: **${l.contact}**`);
  const text = [en.crisis.lead[signal.kind](region.emergency), lines.join('\n'), en.crisis.warm].join('\n\n');
  return {
    text,
    buttons: [
      [{ label: en.crisis.onlineNow, action: action.onlineMeetings }],
      [{ label: en.crisis.fellowshipHelplines, action: action.intent('helplines') }],
      [{ label: en.crisis.safeNow, action: action.safe }],
    ],
  };
}

/** One line before a normal answer when the patterns matched but the model overruled them. */
export function helpIsThere(region: Region): Reply {
  const line = region.lines.find((l) => l.contact !== region.emergency && !l.only_for);
  return { text: en.crisis.gentle(region.emergency, line ? `${line.name}, **${line.contact}**` : null), buttons: [[{ label: en.crisis.fellowshipHelplines, action: action.intent('helplines') }]] };
}
