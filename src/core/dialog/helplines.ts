/** Helplines on request: the member's region's crisis lines, the fellowships' own, and a way to change country. */
import type { Reply } from '../inbound.ts';
import type { Catalogue } from '../knowledge/catalogue.ts';
import type { Region } from '../safety/helplines.ts';
import { en } from '../text/en.ts';
import { action } from './actions.ts';
import { rows } from './reply.ts';

export function helplinesAnswer(region: Region, catalogue: Catalogue): Reply {
  const crisis = region.lines.map((l) => en.crisis.helplineLine(l.name, l.contact));
  const fellowships = catalogue.fellowships.flatMap((f) => (f.helpline ? [en.crisis.helplineLine(f.name, f.helpline)] : []));
  const text = [en.helplinesFor(region.name), crisis.join('\n'), en.crisis.fellowshipHelplinesIntro, fellowships.join('\n'), en.changeCountry].join('\n\n');
  const buttons = Object.entries(catalogue.helplines.regions)
    .filter(([, r]) => r !== region)
    .map(([code, r]) => ({ label: r.name, action: action.region(code) }));
  return { text, buttons: rows(buttons, 2) };
}
