/** Conversation state in the database, so a restart loses no conversation. */
import type { ConversationState, Conversations } from '../core/ports.ts';
import type { HarbourDb } from './database.ts';

export function sqlConversations(db: HarbourDb): Conversations {
  return {
    async load(memberId: string): Promise<ConversationState> {
      const row = await db.selectFrom('conversation_state').select('state').where('member_id', '=', memberId).executeTakeFirst();
      if (!row) return {};
      try {
        return JSON.parse(row.state) as ConversationState;
      } catch {
        return {}; // A damaged note is dropped rather than blocking the member.
      }
    },
    async save(memberId: string, state: ConversationState, now: Date): Promise<void> {
      const json = JSON.stringify(state);
      const at = now.toISOString();
      if (json === '{}') {
        await db.deleteFrom('conversation_state').where('member_id', '=', memberId).execute();
        return;
      }
      await db
        .insertInto('conversation_state')
        .values({ member_id: memberId, state: json, updated_at: at })
        .onConflict((oc) => oc.column('member_id').doUpdateSet({ state: json, updated_at: at }))
        .execute();
    },
  };
}
