/**
 * The conversation core: one inbound message in, the replies out. Safety first, then
 * buttons and commands, then whatever Harbour was waiting for, then free text.
 */
import { DateTime, IANAZone } from 'luxon';
import { parseAction, type Action } from './dialog/actions.ts';
import { commandIn } from './dialog/commands.ts';
import { forget } from './dialog/privacy.ts';
import { reply } from './dialog/reply.ts';
import { answerIntent, aboutNamed, NO_ENTITIES, resetSoberDate, type Turn } from './dialog/intents.ts';
import { compareFellowships } from './dialog/fellowships.ts';
import { continueAsk, meetingsAnswer, moreMeetings, usesMiles } from './dialog/meetings.ts';
import { meetingCalendarReply, meetingDetail, remindBefore } from './dialog/meeting-detail.ts';
import { checkinAction, checkinAnswer, moodAnswered, soberDateTold, timeAnswered } from './dialog/checkins.ts';
import { parseCheckinTime } from './checkins/checkin-time.ts';
import { parseSoberDate } from './checkins/sober-date.ts';
import { parseTimezone } from './understand/entities/timezone.ts';
import { zoneNear } from './checkins/zone-at.ts';
import { aspectAnswer, intentLabel, topicAnswer } from './dialog/topics.ts';
import { menuButtons } from './dialog/welcome.ts';
import type { Inbound, Reply } from './inbound.ts';
import type { Catalogue } from './knowledge/catalogue.ts';
import type { ConversationState, Geocoder, Store } from './ports.ts';
import { crisisCheck } from './safety/crisis-check.ts';
import type { CrisisModel } from './safety/crisis-model.ts';
import { crisisReply, helpIsThere } from './safety/crisis-reply.ts';
import { regionFor, type Region } from './safety/helplines.ts';
import { regionAt } from './safety/region-at.ts';
import { rateLimiter, type RateLimit } from './safety/rate-limit.ts';
import { needsWithdrawalCare } from './safety/withdrawal.ts';
import { en } from './text/en.ts';
import { hasWords, normalise } from './understand/normalise.ts';
import type { Understand } from './understand/understand.ts';

/** Free text beyond this is not read further (the whole text still passes the crisis check). */
export const MAX_READ_CHARS = 4096;
const DEFAULT_ZONE = 'Europe/London';

export type CoreDeps = {
  store: Store;
  catalogue: Catalogue;
  understand: Understand;
  now: () => Date;
  /** Told about unexpected failures; the member still gets a kind reply. */
  onError?: (error: unknown) => void;
  rateLimit?: RateLimit;
  /** Scoped ids allowed to use admin commands. */
  admins?: Iterable<string>;
  /** The crisis check's second net, a classifier; the patterns alone when absent. */
  crisisModel?: CrisisModel;
  /** Finds postcodes the meetings' own gazetteer does not know; off when absent. */
  geocoder?: Geocoder;
  /** Renders SVG charts as base64 PNG images. */
  renderPng?: (svg: string) => string;
};

export type Core = { handle(inbound: Inbound): Promise<Reply[]> };

export function createCore(deps: CoreDeps): Core {
  const limiter = rateLimiter(deps.rateLimit);
  const admins = new Set(deps.admins ?? []);
  return {
    async handle(inbound: Inbound): Promise<Reply[]> {
      const text = typeof inbound.text === 'string' ? inbound.text : '';
      // Safety before anything else: before storage, before understanding, even if both fail.
      const { signal: crisis, gentle } = await crisisCheck(text, deps.crisisModel, deps.onError);
      try {
        if (crisis) return [crisisReply(crisis, await regionOf(deps, inbound))];
        const verdict = limiter(inbound.user, deps.now().getTime());
        if (verdict === 'warn') return [reply(en.slowDown)];
        if (verdict === 'quiet') return [];
        return await converse(deps, admins, inbound, text, gentle);
      } catch (error) {
        deps.onError?.(error);
        return [crisis ? crisisReply(crisis, regionFor(deps.catalogue.helplines, null, zoneOf(inbound))) : reply(en.somethingWrong, menuButtons())];
      }
    },
  };
}

/** The member's helpline region; if storage fails, the one their platform's time zone suggests. */
async function regionOf(deps: CoreDeps, inbound: Inbound): Promise<Region> {
  try {
    const member = await deps.store.members.seen(inbound.user, inbound.channel, deps.now(), zoneOf(inbound));
    return regionFor(deps.catalogue.helplines, member.region, member.timezone);
  } catch (error) {
    deps.onError?.(error);
    return regionFor(deps.catalogue.helplines, null, zoneOf(inbound));
  }
}

/** The platform's time zone, if it is a real one. */
function zoneOf(inbound: Inbound): string | undefined {
  return typeof inbound.timezone === 'string' && IANAZone.isValidZone(inbound.timezone) ? inbound.timezone : undefined;
}

async function converse(deps: CoreDeps, admins: ReadonlySet<string>, inbound: Inbound, text: string, gentle: boolean): Promise<Reply[]> {
  const now = deps.now();
  const member = await deps.store.members.seen(inbound.user, inbound.channel, now, zoneOf(inbound));
  const state: ConversationState = await deps.store.conversations.load(member.id);
  const region = regionFor(deps.catalogue.helplines, member.region, member.timezone);
  const turn: Turn = { memberId: member.id, channel: inbound.channel, chat: typeof inbound.chat === 'string' && inbound.chat ? inbound.chat : inbound.user, admins, region, timezone: member.timezone || DEFAULT_ZONE, state, now, store: deps.store, catalogue: deps.catalogue, geocoder: deps.geocoder, renderPng: deps.renderPng, platformZone: zoneOf(inbound) !== undefined, text: typeof inbound.text === 'string' ? inbound.text.slice(0, MAX_READ_CHARS) : undefined };
  const today = DateTime.fromJSDate(now, { zone: turn.timezone });

  let replies: Reply[];
  let erased = false;
  if (typeof inbound.action === 'string' && inbound.action) {
    const parsed = parseAction(inbound.action);
    erased = parsed?.kind === 'forget' && parsed.confirmed && state.awaiting?.kind === 'forget-confirm';
    replies = parsed ? await onAction(parsed, turn) : [reply(en.unknownAction, menuButtons())];
  } else if (inbound.location && !text.trim()) {
    replies = await onLocation(inbound.location, turn);
  } else {
    replies = await onText(text, turn, deps.understand, today);
  }
  if (!erased) await deps.store.conversations.save(member.id, state, now);
  return gentle ? [helpIsThere(region), ...replies] : replies;
}

async function onAction(act: Action, turn: Turn): Promise<Reply[]> {
  const { catalogue, state } = turn;
  const awaiting = state.awaiting;
  delete state.awaiting;
  switch (act.kind) {
    case 'intent':
      return [await answerIntent(act.intent, NO_ENTITIES, turn)];
    case 'about':
      return [aboutNamed({ ...NO_ENTITIES, fellowships: [act.code] }, turn)];
    case 'meetings':
      return [await meetingsAnswer({ ...NO_ENTITIES, fellowships: [act.code] }, turn)];
    case 'meeting':
      return [await meetingDetail(act.id, turn, usesMiles(turn))];
    case 'calendar':
      return [await meetingCalendarReply(act.id, turn)];
    case 'remind':
      return [await remindBefore(act.id, turn, usesMiles(turn))];
    case 'checkin':
      return [await checkinAction(turn, act.what)];
    case 'mood':
      return [await moodAnswered(turn, act.mood, act.day)];
    case 'more':
      return [await moreMeetings(turn)];
    case 'online': {
      const online = catalogue.topic('online_meetings');
      // With no meetings held, what online meetings are and where to find them.
      if ((await turn.store.meetings.holding()).meetings === 0 && online) return [topicAnswer(online, catalogue)];
      return [await meetingsAnswer({ ...NO_ENTITIES, meeting: { ...NO_ENTITIES.meeting, online: true } }, turn)];
    }
    case 'aspect': {
      const topic = catalogue.topic(act.intent);
      const f = catalogue.fellowship(act.code);
      return [topic && f ? aspectAnswer(topic, f, catalogue) : reply(en.unknownAction, menuButtons())];
    }
    case 'compare': {
      const list = act.codes.map((c) => catalogue.fellowship(c)).filter((f) => f !== undefined);
      return [list.length >= 2 ? compareFellowships(list, catalogue) : reply(en.unknownAction, menuButtons())];
    }
    case 'safe':
      return [reply(en.crisis.safeThanks, menuButtons())];
    case 'sober-reset':
      return [await resetSoberDate(turn, DateTime.fromJSDate(turn.now, { zone: turn.timezone }).toISODate() ?? '')];
    case 'region': {
      const chosen = catalogue.helplines.regions[act.region];
      if (!chosen) return [reply(en.unknownAction, menuButtons())];
      await turn.store.members.setRegion(turn.memberId, act.region);
      return [reply(en.regionSet(chosen.name), menuButtons())];
    }
    case 'forget':
      // Erasure only ever follows the explicit question; a stale "yes" asks again.
      if (!act.confirmed) return [reply(en.forgetCancelled, menuButtons())];
      if (awaiting?.kind !== 'forget-confirm') return [await answerIntent('forget', NO_ENTITIES, turn)];
      return [await forget(turn.memberId, turn.store.memberData)];
  }
}

/** A shared location: meetings near it. Remembered only as a helpline region, never as coordinates. */
async function onLocation(location: { lat: number; lon: number }, turn: Turn): Promise<Reply[]> {
  const awaiting = turn.state.awaiting;
  delete turn.state.awaiting;
  const code = regionAt(location.lat, location.lon);
  const found = code ? turn.catalogue.helplines.regions[code] : undefined;
  if (code && found && found !== turn.region) {
    await turn.store.members.setRegion(turn.memberId, code);
    turn.region = found;
  }
  // The member's zone from where they are, unless their platform already said (Slack).
  const zone = zoneNear(location.lat, location.lon);
  const zoneChanged = Boolean(zone && zone !== turn.timezone && !turn.platformZone);
  if (zone && zoneChanged) {
    await turn.store.members.setTimezone(turn.memberId, zone);
    turn.timezone = zone;
  }
  const point = { latitude: location.lat, longitude: location.lon };
  const answer = awaiting?.kind === 'meeting-place' ? await continueAsk(awaiting.ask, NO_ENTITIES, turn, point) : await meetingsAnswer(NO_ENTITIES, turn, point);
  // Say so when the member's zone changed, so a wrong guess near a border can be put right.
  return zoneChanged ? [{ ...answer, text: `${en.zoneFromLocation(turn.timezone.replace(/_/g, ' '))}\n\n${answer.text}` }] : [answer];
}

async function onText(text: string, turn: Turn, understand: Understand, today: DateTime): Promise<Reply[]> {
  const { state, catalogue } = turn;
  const awaiting = state.awaiting;
  delete state.awaiting;
  if (!text.trim()) return [reply(en.empty, menuButtons())];
  if (!hasWords(text)) return [reply(en.emojiOnly, menuButtons())];
  const read = text.length > MAX_READ_CHARS ? text.slice(0, MAX_READ_CHARS) : text;
  const notice = text.length > MAX_READ_CHARS ? [reply(en.tooLong(MAX_READ_CHARS))] : [];

  // Asked for a check-in time, a time is the answer.
  if (awaiting?.kind === 'checkin-time' && parseCheckinTime(read) !== null) return [...notice, await timeAnswered(turn, read)];
  // "Time zone Europe/Dublin": the member's zone, for check-ins and "today".
  const zone = parseTimezone(normalise(read));
  if (zone) {
    await turn.store.members.setTimezone(turn.memberId, zone);
    return [...notice, reply(en.timezoneSet(zone.replace(/_/g, ' ')), [{ label: en.buttons.checkin, action: 'intent:checkin' }])];
  }
  // "Sober since 3 March": a date told in words sets the count.
  const soberDate = parseSoberDate(normalise(read), today);
  if (soberDate) {
    // Stopping drinking or benzodiazepines can be dangerous: that advice comes first, always.
    const withdrawalTopic = catalogue.topic('withdrawal');
    const care = withdrawalTopic && needsWithdrawalCare(read) ? [topicAnswer(withdrawalTopic, catalogue)] : [];
    return [...notice, ...care, await soberDateTold(turn, soberDate)];
  }
  // "more" right after a list of meetings is the next page.
  if (state.shown && turn.now.getTime() - Date.parse(state.shown.at) < SHOWN_FOR_MS && /^\s*(more|more meetings|more please|next|show more|next page|any more|others)[\s.!?]*$/i.test(read)) return [...notice, await moreMeetings(turn)];
  // "pause my check-ins for 5 days", "resume check-ins".
  if (/\bpause\b.*\bcheck[ -]?ins?\b|\bcheck[ -]?ins?\b.*\bpause\b/i.test(read)) {
    const days = /\b(\d{1,2})\s*days?\b/i.exec(read)?.[1] ?? '3';
    return [...notice, await checkinAction(turn, `pause:${days}`)];
  }
  if (/\b(resume|restart|unpause)\b.*\bcheck[ -]?ins?\b/i.test(read)) return [...notice, await checkinAction(turn, 'resume')];
  // "checkin 8am" (the /harbour command's way): the setting in one go.
  const checkinAt = /^\/?check[ -]?ins?\s+(.+)$/i.exec(read.trim());
  if (checkinAt?.[1]) return [...notice, await checkinAnswer(turn, checkinAt[1])];
  const command = commandIn(read);
  if (command) return [...notice, await answerIntent(command, NO_ENTITIES, turn)];

  const understood = await understand(read, today);
  // "Which group?" answered with a group's name: answer about it (and remember it for follow-ups).
  const named = understood.entities.fellowships[0];
  if (awaiting?.kind === 'fellowship' && named && catalogue.fellowship(named)) {
    return [...notice, await answerIntent(awaiting.intent, { ...NO_ENTITIES, fellowships: [named] }, turn)];
  }
  if (awaiting?.kind === 'meeting-place') {
    const { entities } = understood;
    // Asked where, a short answer that names no intent is taken as the place: "Ilkley".
    const bare = !entities.postcode && !entities.place && understood.intents.every((i) => i.intent === 'meetings' || i.intent === 'none') && /^[\p{L}' .-]{2,40}$/u.test(read.trim());
    if (entities.postcode || entities.place || bare) {
      const place = entities.place ?? (bare && !entities.postcode ? { name: read.trim(), known: false } : null);
      return [...notice, await continueAsk(awaiting.ask, { ...entities, place }, turn)];
    }
  }
  if (awaiting?.kind === 'forget-confirm' && /^(yes|yeah|yep|y|ok|okay|go ahead|do it)\b/.test(normalise(read))) {
    // Typed "yes" is not the explicit button; ask for the button so nothing is erased by accident.
    state.awaiting = awaiting;
    return [...notice, reply(en.forgetUseButton, [{ label: en.forgetYes, action: 'forget:yes' }, { label: en.forgetNo, action: 'forget:no' }])];
  }
  // Withdrawal care comes first whenever it applies, whatever else was asked.
  const withdrawal = catalogue.topic('withdrawal');
  const care = withdrawal && needsWithdrawalCare(read) && !understood.intents.some((i) => i.intent === 'withdrawal') ? [topicAnswer(withdrawal, catalogue)] : [];
  if (understood.intents.length === 0) {
    if (care.length) return [...notice, ...care];
    if (awaiting?.kind === 'checkin-time') return [...notice, await timeAnswered(turn, read)];
    const guesses = understood.guesses.filter((g) => g.intent !== 'none' && g.score >= GUESS_FLOOR);
    if (guesses.length) {
      const buttons = guesses.map((g) => ({ label: intentLabel(g.intent, catalogue), action: `intent:${g.intent}` }));
      return [...notice, reply(en.didYouMean, [...buttons, { label: en.buttons.help, action: 'intent:help' }])];
    }
    return [...notice, reply(en.notUnderstood, menuButtons())];
  }
  const replies: Reply[] = [...notice, ...care];
  for (const { intent } of understood.intents) {
    if (intent === 'none') replies.push(reply(en.notUnderstood, menuButtons()));
    else replies.push(await answerIntent(intent, understood.entities, turn));
  }
  return replies;
}

/** How long "more" still means the meetings last shown. */
const SHOWN_FOR_MS = 6 * 60 * 60_000;

/** Guesses weaker than this are not worth offering as "did you mean". */
const GUESS_FLOOR = 0.2;
