/** Runs the benchmark groups named on the command line, or all of them. */
import { benchCheckins } from './checkins.ts';
import { benchCore } from './core.ts';
import { benchCrisis } from './crisis.ts';
import { benchMeetings } from './meetings.ts';
import { benchSlack } from './slack.ts';
import { benchTelegram } from './telegram.ts';
import { benchUnderstand } from './understand.ts';
import { benchScale } from './scale.ts';
import { onEachDatabase } from './database.ts';

const GROUPS: Record<string, () => Promise<void>> = {
  understand: benchUnderstand,
  crisis: benchCrisis,
  // Groups that touch the database run on SQLite, then PostgreSQL when there is one.
  core: () => onEachDatabase(benchCore),
  meetings: () => onEachDatabase(benchMeetings),
  checkins: () => onEachDatabase(benchCheckins),
  telegram: () => onEachDatabase(benchTelegram),
  slack: () => onEachDatabase(benchSlack),
  scale: benchScale,
};

export async function runBenchmarks(names: string[]): Promise<number> {
  const unknown = names.filter((n) => !(n in GROUPS));
  if (unknown.length) {
    process.stderr.write(`Unknown benchmark group: ${unknown.join(', ')}. Groups: ${Object.keys(GROUPS).join(', ')}\n`);
    return 2;
  }
  for (const name of names.length ? names : Object.keys(GROUPS)) await GROUPS[name]?.();
  return 0;
}
