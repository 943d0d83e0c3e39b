/** A member's own data: `mydata` sends all of it as a file, `forget` erases all of it. */
import type { Reply } from '../inbound.ts';
import type { MemberData, MemberRecords } from '../ports.ts';
import { en } from '../text/en.ts';
import { action } from './actions.ts';
import { reply } from './reply.ts';

/** Everything held about the member, as a JSON file. */
export async function exportData(memberId: string, data: MemberData, now: Date): Promise<Reply> {
  const records: MemberRecords = await data.export(memberId);
  const content = JSON.stringify({ exported_at: now.toISOString(), member: memberId, records }, null, 2);
  return { text: en.mydataIntro, file: { name: 'harbour-my-data.json', mime: 'application/json', content } };
}

export function askToForget(): Reply {
  return {
    text: en.forgetAsk,
    buttons: [[{ label: en.forgetYes, action: action.forget(true) }, { label: en.forgetNo, action: action.forget(false) }]],
  };
}

/** Erases every row about the member and says what went. */
export async function forget(memberId: string, data: MemberData): Promise<Reply> {
  const erased = await data.erase(memberId);
  // Parents first reads better: "1 member record, 2 conversation notes".
  const parts = Object.entries(erased)
    .reverse()
    .filter(([, n]) => n > 0)
    .map(([table, n]) => en.rows(n, en.tableNames[table] ?? table.replace(/_/g, ' ')));
  return reply(parts.length ? en.forgetDone(parts.join(', ')) : en.forgetNothing);
}
