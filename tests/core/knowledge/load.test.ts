import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/core/knowledge/load.ts';
import { normalise } from '../../../src/core/understand/normalise.ts';

const knowledge = loadKnowledge();

/** Every intent the dialog answers from a topic file. */
const TOPIC_INTENTS = ['first_meeting', 'anonymity', 'religion', 'cost', 'professional_help', 'still_using', 'bring_friend', 'family', 'compare', 'sponsorship', 'get_involved', 'open_closed', 'online_meetings', 'craving', 'relapse', 'withdrawal', 'privacy', 'about_bot'];
const ALL_INTENTS = [...TOPIC_INTENTS, 'start', 'help', 'groups', 'meetings', 'checkin', 'mydata', 'forget', 'stop', 'thanks', 'fellowship_info', 'none'];

/** Well-known phrases of fellowship literature that must never appear in our own words. */
const LITERATURE = [/only requirement for membership/i, /god as we understood/i, /rarely have we seen a person fail/i, /just for today/i, /we admitted we were powerless/i, /came to believe that a power greater/i, /serenity to accept the things/i, /fellowship of men and women who share their experience/i];

describe('knowledge', () => {
  it('covers every fellowship and route the issue names', () => {
    const codes = knowledge.fellowships.map((f) => f.code);
    for (const code of ['AA', 'NA', 'CA', 'CMA', 'MA', 'GA', 'SMART', 'LIFERING', 'WFS', 'RD', 'ALANON', 'NARANON', 'FA', 'PRO']) expect(codes).toContain(code);
  });
  it('has a topic for every topic intent, and related ids that exist', () => {
    for (const id of TOPIC_INTENTS) expect(knowledge.topics.has(id), id).toBe(true);
    const known = new Set([...knowledge.topics.keys(), 'meetings', 'groups', 'checkin', 'mydata', 'forget']);
    for (const topic of knowledge.topics.values()) for (const r of topic.related) expect(known.has(r), `${topic.id} → ${r}`).toBe(true);
  });
  it('keeps codes and aliases unique across fellowships', () => {
    const aliases = knowledge.fellowships.flatMap((f) => f.aliases);
    expect(new Set(aliases).size).toBe(aliases.length);
  });
  it('uses our own words, not fellowship literature', () => {
    const texts = [...knowledge.fellowships.map((f) => JSON.stringify(f)), ...[...knowledge.topics.values()].map((t) => t.answer)];
    for (const text of texts) for (const phrase of LITERATURE) expect(text).not.toMatch(phrase);
  });
  it('signposts a GP, NHS 111 and 999 when stopping drinking or benzodiazepines', () => {
    const answer = knowledge.topics.get('withdrawal')?.answer ?? '';
    expect(answer).toMatch(/GP/);
    expect(answer).toMatch(/111/);
    expect(answer).toMatch(/999/);
    expect(answer).toMatch(/dangerous/i);
  });
  it('trains every intent, with varied utterances', () => {
    for (const intent of ALL_INTENTS) expect(knowledge.training[intent]?.length ?? 0, intent).toBeGreaterThanOrEqual(20);
  });
  it('holds helplines for the UK, Ireland, the US, Canada and Australia, UK first', () => {
    expect(knowledge.helplines.default).toBe('GB');
    for (const region of ['GB', 'IE', 'US', 'CA', 'AU']) expect(knowledge.helplines.regions[region]).toBeDefined();
    const uk = JSON.stringify(knowledge.helplines.regions['GB']);
    for (const line of ['999', '116 123', '85258', '111']) expect(uk).toContain(line);
  });
});

describe('held-out sets', () => {
  it.each(['understand-test-2.jsonl', 'understand-dev-2.jsonl', 'understand-heldout.jsonl', 'understand-dev.jsonl'])('%s shares no message with the training data', (name) => {
    const heldout = fileURLToPath(new URL(`../../../bench/data/${name}`, import.meta.url));
    expect(existsSync(heldout)).toBe(true);
    const trained = new Set(Object.values(knowledge.training).flat().map(normalise));
    const overlap = readFileSync(heldout, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text: string }).text)
      .filter((t) => trained.has(normalise(t)));
    // Counted, not listed: a test set stays unread.
    expect(overlap.length).toBe(0);
  });
});
