/**
 * A small local server speaking the Telegram Bot API, for tests and benchmarks: it records what
 * the bot sends and enforces Telegram's limits as its docs state them (at most 30 messages a
 * second overall, one a second per chat), answering 429 with `retry_after` when they are broken,
 * and 403 for chats that "blocked" the bot. Not used in production.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type SentMessage = { method: string; chatId: string; text: string; at: number; body: Record<string, unknown> };

export type FakeTelegram = {
  /** The API root to give grammY (`client.apiRoot`). */
  apiRoot: string;
  sent: SentMessage[];
  /** Every call the bot made, in order (method and body), sending or not. */
  calls: { method: string; body: Record<string, unknown> }[];
  /** Queues an update for the bot's next getUpdates; the update_id is filled in. */
  push(update: Record<string, unknown>): void;
  /** Resolves once the bot has made `count` sending calls in all. */
  waitForSent(count: number, timeoutMs?: number): Promise<void>;
  /** 429s answered, by reason. */
  tooMany: { overall: number; perChat: number };
  blocked: Set<string>;
  /** Group admins, as "chatId:userId". */
  admins: Set<string>;
  close(): Promise<void>;
};

const SENDING = new Set(['sendMessage', 'sendPhoto', 'sendDocument', 'sendVenue', 'editMessageText']);

export async function startFakeTelegram(options: { perSecond?: number; perChatMs?: number; latencyMs?: number } = {}): Promise<FakeTelegram> {
  const perSecond = options.perSecond ?? 30;
  const perChatMs = options.perChatMs ?? 1000;
  const sent: SentMessage[] = [];
  const tooMany = { overall: 0, perChat: 0 };
  const blocked = new Set<string>();
  const admins = new Set<string>();
  const recent: number[] = [];
  const lastByChat = new Map<string, number>();
  let nextId = 1;
  const calls: { method: string; body: Record<string, unknown> }[] = [];
  const updates: Record<string, unknown>[] = [];
  let nextUpdate = 1;
  let waiting: (() => void) | null = null;

  const server: Server = createServer(async (req, res) => {
    const method = /^\/bot[^/]+\/(\w+)/.exec(req.url ?? '')?.[1] ?? '';
    const body = await readBody(req);
    const answer = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
    calls.push({ method, body });
    if (method === 'getMe') return answer(200, { ok: true, result: { id: 1, is_bot: true, first_name: 'Harbour', username: 'harbour_test_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false } });
    if (method === 'getUpdates') {
      const offset = Number(body['offset'] ?? 0);
      while (updates.length && Number(updates[0]?.['update_id']) < offset) updates.shift();
      if (!updates.length) {
        // Long polling: wait for an update or the timeout (kept short for tests).
        await new Promise<void>((resolve) => {
          waiting = resolve;
          setTimeout(resolve, Math.min(Number(body['timeout'] ?? 0), 1) * 1000);
        });
        waiting = null;
      }
      return answer(200, { ok: true, result: updates.filter((u) => Number(u['update_id']) >= offset).slice(0, Number(body['limit'] ?? 100)) });
    }
    if (method === 'getChatMember') {
      const user = { id: Number(body['user_id']), is_bot: false, first_name: 'U' };
      return answer(200, { ok: true, result: { status: admins.has(`${String(body['chat_id'])}:${String(body['user_id'])}`) ? 'administrator' : 'member', user } });
    }
    if (!SENDING.has(method)) return answer(200, { ok: true, result: true });
    const chatId = String(body['chat_id'] ?? '');
    const now = Date.now();
    while (recent.length && now - (recent[0] ?? 0) >= 1000) recent.shift();
    if (blocked.has(chatId)) return answer(403, { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    if (recent.length >= perSecond) {
      tooMany.overall += 1;
      return answer(429, { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
    }
    const last = lastByChat.get(chatId);
    if (last !== undefined && now - last < perChatMs) {
      tooMany.perChat += 1;
      return answer(429, { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
    }
    recent.push(now);
    lastByChat.set(chatId, now);
    sent.push({ method, chatId, text: String(body['text'] ?? body['caption'] ?? ''), at: now, body });
    const message_id = method === 'editMessageText' ? Number(body['message_id']) : nextId++;
    return answer(200, { ok: true, result: { message_id, date: Math.floor(now / 1000), chat: { id: Number(chatId) || 0, type: 'private' }, text: body['text'] } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    sent,
    calls,
    push(update) {
      updates.push({ ...update, update_id: nextUpdate++ });
      waiting?.();
    },
    async waitForSent(count, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (sent.length < count) {
        if (Date.now() > until) throw new Error(`waited for ${count} messages, got ${sent.length}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    tooMany,
    blocked,
    admins,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** JSON bodies as sent by grammY; multipart (files) is read only for its plain fields. */
async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return {};
    }
  }
  const fields: Record<string, unknown> = {};
  for (const m of raw.matchAll(/name="([^"]+)"\r\n\r\n([^\r]*)\r\n/g)) if (m[1]) fields[m[1]] = m[2];
  return fields;
}
