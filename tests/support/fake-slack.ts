/**
 * A small local server speaking the Slack Web API, for tests and benchmarks: it records
 * chat.postMessage, views.publish, users.info, files uploads (getUploadURLExternal, the upload,
 * completeUploadExternal) and response_url posts, and enforces Slack's one message a second
 * per channel with a 429 and Retry-After. Not used in production.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

export type SlackCall = { method: string; body: Record<string, unknown>; at: number; token?: string };

export type FakeSlack = {
  /** For the WebClient's `slackApiUrl` (ends in /api/). */
  apiUrl: string;
  /** For slash commands' and actions' response_url. */
  responseUrl: string;
  calls: SlackCall[];
  posted: SlackCall[];
  responded: Record<string, unknown>[];
  uploads: { filename: string; bytes: number }[];
  users: Map<string, { tz?: string; is_admin?: boolean }>;
  /** Channels that answer channel_not_found (Harbour removed, or the member left). */
  gone: Set<string>;
  tooMany: number;
  /** Socket Mode: delivers an Events API payload over the app's WebSocket; resolves when the app acks it. */
  socketEvent(payload: Record<string, unknown>, type?: string): Promise<void>;
  /** How many Socket Mode connections are open. */
  socketConnections(): number;
  waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
};

export async function startFakeSlack(options: { perChannelMs?: number } = {}): Promise<FakeSlack> {
  const perChannel = options.perChannelMs ?? 1000;
  const calls: SlackCall[] = [];
  const posted: SlackCall[] = [];
  const responded: Record<string, unknown>[] = [];
  const uploads: { filename: string; bytes: number }[] = [];
  const users = new Map<string, { tz?: string; is_admin?: boolean }>();
  const lastByChannel = new Map<string, number>();
  const gone = new Set<string>();
  const pendingUploads = new Map<string, string>();
  let tooMany = 0;
  let ts = 1_700_000_000;
  let base = '';

  const server = createServer(async (req, res) => {
    const raw = await read(req);
    const json = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(payload));
    };
    const url = req.url ?? '';
    if (url.startsWith('/respond')) {
      responded.push(parse(raw, req.headers['content-type']));
      return json(200, { ok: true });
    }
    if (url.startsWith('/upload/')) {
      const id = url.slice('/upload/'.length);
      uploads.push({ filename: pendingUploads.get(id) ?? id, bytes: raw.length });
      res.writeHead(200).end('OK');
      return;
    }
    const method = url.replace(/^\/api\//, '').split('?')[0] ?? '';
    const body = parse(raw, req.headers['content-type']);
    const now = Date.now();
    const auth = String(req.headers['authorization'] ?? '').replace(/^Bearer /, '') || String(body['token'] ?? '');
    calls.push({ method, body, at: now, token: auth });
    switch (method) {
      case 'auth.test':
        return json(200, { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', team: 'Recovery', user: 'harbour' });
      case 'users.info': {
        const user = String(body['user'] ?? '');
        const profile = users.get(user) ?? {};
        return json(200, { ok: true, user: { id: user, tz: profile.tz ?? 'Europe/London', is_admin: profile.is_admin ?? false } });
      }
      case 'chat.postMessage': {
        const channel = String(body['channel'] ?? '');
        if (gone.has(channel)) return json(200, { ok: false, error: 'channel_not_found' });
        const last = lastByChannel.get(channel);
        if (last !== undefined && now - last < perChannel) {
          tooMany += 1;
          return json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': '1' });
        }
        lastByChannel.set(channel, now);
        posted.push({ method, body, at: now, token: auth });
        return json(200, { ok: true, channel, ts: String(ts++) });
      }
      case 'files.getUploadURLExternal': {
        const id = `F${ts++}`;
        pendingUploads.set(id, String(body['filename'] ?? ''));
        return json(200, { ok: true, upload_url: `${base}/upload/${id}`, file_id: id });
      }
      case 'apps.connections.open':
        return json(200, { ok: true, url: `${base.replace('http', 'ws')}/link` });
      case 'oauth.v2.access':
        // A workspace installing the app: what Slack returns for the code.
        return json(200, {
          ok: true, app_id: 'A1', access_token: `xoxb-${String(body['code'] ?? '')}`, token_type: 'bot', scope: 'chat:write,commands', bot_user_id: 'UBOT2',
          team: { id: 'T2', name: 'Second Workspace' }, enterprise: null, is_enterprise_install: false, authed_user: { id: 'UINSTALLER' },
        });
      case 'files.completeUploadExternal':
        return json(200, { ok: true, files: [{ id: 'F', title: 'file' }] });
      default:
        return json(200, { ok: true });
    }
  });
  // Socket Mode: Slack's side of the app's WebSocket.
  const sockets = new WebSocketServer({ server, path: '/link' });
  const acks = new Map<string, () => void>();
  sockets.on('connection', (socket) => {
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A1' } }));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { envelope_id?: string };
      if (message.envelope_id) acks.get(message.envelope_id)?.();
    });
  });
  let envelope = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: `${base}/api/`,
    responseUrl: `${base}/respond`,
    calls,
    posted,
    responded,
    uploads,
    users,
    gone,
    get tooMany() {
      return tooMany;
    },
    socketEvent(payload, type = 'events_api') {
      const id = `env-${++envelope}`;
      return new Promise<void>((resolve) => {
        acks.set(id, resolve);
        for (const socket of sockets.clients) socket.send(JSON.stringify({ envelope_id: id, type, payload, accepts_response_payload: false, retry_attempt: 0, retry_reason: '' }));
      });
    },
    socketConnections: () => sockets.clients.size,
    async waitFor(predicate, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > until) throw new Error('timed out waiting for Slack calls');
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets.clients) socket.terminate();
        sockets.close();
        server.close(() => resolve());
      }),
  };
}

async function read(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Form or JSON bodies; JSON-looking form fields (blocks, view) are parsed too. */
function parse(raw: string, type: string | undefined): Record<string, unknown> {
  if (type?.includes('application/json')) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return {};
    }
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = /^[[{]/.test(v) ? safeJson(v) : v;
  }
  return out;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Posts to a Bolt app's /slack/events as Slack does: signed (v0 HMAC of timestamp and body). */
export function postSigned(url: string, body: string, options: { secret: string; form?: boolean; ageSeconds?: number }): Promise<Response> {
  const timestamp = Math.floor(Date.now() / 1000) - (options.ageSeconds ?? 0);
  const signature = `v0=${createHmac('sha256', options.secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': options.form ? 'application/x-www-form-urlencoded' : 'application/json', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature },
    body,
  });
}
