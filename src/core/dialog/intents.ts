/** What Harbour says for each intent, given what the message named and what came before. */
import type { Channel, Reply } from '../inbound.ts';
import type { Catalogue } from '../knowledge/catalogue.ts';
import type { ConversationState, Geocoder, Store } from '../ports.ts';
import { en } from '../text/en.ts';
import type { Entities } from '../understand/understand.ts';
import { action } from './actions.ts';
import { aboutFellowship, compareFellowships, contrastFor, listFellowships } from './fellowships.ts';
import type { Region } from '../safety/helplines.ts';
import { helplinesAnswer } from './helplines.ts';
import { meetingsAnswer, officialFinders } from './meetings.ts';
import { checkinAnswer } from './checkins.ts';
import { overview, progress } from './progress.ts';
import { askToForget, exportData } from './privacy.ts';
import { reply, rows } from './reply.ts';
import { aspectAnswer, intentLabel, topicAnswer } from './topics.ts';
import { help, menuButtons, welcome } from './welcome.ts';

/** How long "it" still means the group last talked about. */
const CONTEXT_MINUTES = 30;

export type Turn = {
  memberId: string;
  /** Where this member is talking from, so unprompted messages (reminders) find them. */
  channel: Channel;
  chat: string;
  /** Configured admin ids (scoped platform ids). */
  admins: ReadonlySet<string>;
  /** The member's helpline region. */
  region: Region;
  /** The member's IANA time zone. */
  timezone: string;
  state: ConversationState;
  now: Date;
  store: Store;
  catalogue: Catalogue;
  /** Optional online geocoder for postcodes the gazetteer does not know. */
  geocoder?: Geocoder | undefined;
  /** Renders an SVG chart as a base64 PNG; without it, charts are sent as SVG. */
  renderPng?: ((svg: string) => string) | undefined;
  /** The message being answered, when it was typed. */
  text?: string | undefined;
  /** Whether the platform gave the member's zone (then a location does not change it). */
  platformZone?: boolean;
};

export const NO_ENTITIES: Entities = {
  fellowships: [],
  day: null,
  time: null,
  postcode: null,
  place: null,
  meeting: { online: false, inPerson: false, hybrid: false, features: [], nearest: false, words: [] },
};

/** The group this turn is about: named now, or talked about in the last half hour. */
function fellowshipInContext(turn: Turn, entities: Entities): string | undefined {
  const named = entities.fellowships[0];
  if (named) return named;
  const recent = turn.state.fellowship;
  if (recent && turn.now.getTime() - Date.parse(recent.at) < CONTEXT_MINUTES * 60_000) return recent.code;
  return undefined;
}

function remember(turn: Turn, code: string): void {
  turn.state.fellowship = { code, at: turn.now.toISOString() };
}

/** The reply for one intent. */
export async function answerIntent(intent: string, entities: Entities, turn: Turn): Promise<Reply> {
  const { catalogue } = turn;
  switch (intent) {
    case 'start':
      return welcome();
    case 'help':
      return help();
    case 'groups':
      return listFellowships(catalogue);
    case 'meetings':
      return meetingsAnswer(entities, turn);
    case 'finders':
      return officialFinders(entities, catalogue);
    case 'checkin':
      return checkinAnswer(turn, turn.text);
    case 'progress':
      return progress(turn);
    case 'overview':
      return overview(turn);
    case 'mydata':
      return exportData(turn.memberId, turn.store.memberData, turn.now);
    case 'forget':
      turn.state.awaiting = { kind: 'forget-confirm' };
      return askToForget();
    case 'stop':
      // Stop means nothing unprompted: no check-ins, no reminders waiting.
      delete turn.state.awaiting;
      delete turn.state.fellowship;
      await turn.store.checkins.stop(turn.memberId, turn.now);
      await turn.store.outbox.cancel(turn.memberId);
      return reply(en.stopped);
    case 'thanks':
      return reply(en.thanks, menuButtons());
    case 'fellowship_info':
      return aboutNamed(entities, turn);
    case 'relapse':
      return relapse(turn);
    case 'stats':
      return statistics(turn);
    case 'helplines':
      return helplinesAnswer(turn.region, catalogue);
    case 'compare':
      return compare(entities, turn);
    default:
      return topic(intent, entities, turn);
  }
}

/** A fellowship card, or a question back when no group was named. */
export function aboutNamed(entities: Entities, turn: Turn): Reply {
  const f = entities.fellowships.map((c) => turn.catalogue.fellowship(c)).find(Boolean);
  if (!f) {
    turn.state.awaiting = { kind: 'fellowship', intent: 'fellowship_info' };
    return whichFellowship(turn.catalogue);
  }
  remember(turn, f.code);
  return aboutFellowship(f, turn.catalogue);
}

export function whichFellowship(catalogue: Catalogue): Reply {
  const buttons = catalogue.fellowships.map((f) => ({ label: f.kind === 'professional' ? 'GP, services, rehab' : f.code, action: action.about(f.code) }));
  return { text: en.whichFellowship, buttons: rows(buttons, 4) };
}

function compare(entities: Entities, turn: Turn): Reply {
  const { catalogue } = turn;
  const codes = [...entities.fellowships];
  if (codes.length === 1 && codes[0]) codes.push(contrastFor(codes[0]));
  const list = codes.map((c) => catalogue.fellowship(c)).filter((f) => f !== undefined);
  if (list.length >= 2) return compareFellowships(list.slice(0, 3), catalogue);
  const general = catalogue.topic('compare');
  const pairs: [string, string][] = [['AA', 'SMART'], ['NA', 'SMART'], ['AA', 'NA']];
  const buttons = pairs.map(([a, b]) => ({ label: en.buttons.versus(a, b), action: action.compare(a, b) }));
  return reply(general?.answer.trim() ?? en.compareIntro, buttons);
}

function topic(intent: string, entities: Entities, turn: Turn): Reply {
  const { catalogue } = turn;
  const t = catalogue.topic(intent);
  if (!t) return reply(en.notUnderstood, menuButtons());
  const code = t.aspect ? fellowshipInContext(turn, entities) : undefined;
  const f = code ? catalogue.fellowship(code) : undefined;
  if (f) {
    remember(turn, f.code);
    return aspectAnswer(t, f, catalogue);
  }
  return topicAnswer(t, catalogue);
}

/** Counts for admins; everyone else gets a clear, kind refusal. */
async function statistics(turn: Turn): Promise<Reply> {
  if (!turn.admins.has(turn.memberId)) return reply(en.adminOnly, menuButtons());
  const c = await turn.store.statistics.counts(turn.now);
  const channels = Object.entries(c.byChannel).map(([k, v]) => `${k} ${v}`).join(', ');
  return reply(en.stats(c.members, c.activeLast7Days, channels || 'none'));
}

/** After a slip: the kind answer, a meeting today, and a fresh start on the sober date if they want it. */
async function relapse(turn: Turn): Promise<Reply> {
  const topic = turn.catalogue.topic('relapse');
  const current = await turn.store.soberDates.current(turn.memberId);
  const buttons = [
    { label: en.sober.meetingToday, action: action.intent('meetings') },
    { label: current ? en.sober.resetButton : en.sober.startButton, action: action.soberReset },
    { label: intentLabel('craving', turn.catalogue), action: action.intent('craving') },
  ];
  return reply(topic?.answer.trim() ?? en.notUnderstood, buttons);
}

/** Starts the sober count again from the member's today; the old date stays in their private history. */
export async function resetSoberDate(turn: Turn, today: string): Promise<Reply> {
  const previous = await turn.store.soberDates.current(turn.memberId);
  await turn.store.soberDates.start(turn.memberId, today, turn.now);
  return reply(previous ? en.sober.reset(today) : en.sober.started(today), menuButtons());
}
