import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { sqlOutbox } from '../../src/db/outbox.ts';
import { createMetrics } from '../../src/ops/metrics.ts';
import { startOpsServer, type OpsServer } from '../../src/ops/server.ts';
import { testDatabaseUrl } from '../support/database.ts';
import { testHarbour, type TestHarbour } from '../support/harbour.ts';

let h: TestHarbour;
let ops: OpsServer;
let metrics: ReturnType<typeof createMetrics>;
const base = () => `http://127.0.0.1:${ops.port}`;

beforeAll(async () => {
  h = await testHarbour();
  metrics = createMetrics(h.db, () => h.clock.now.getTime());
  ops = await startOpsServer(h.db, metrics, 0, '127.0.0.1');
});
afterAll(async () => {
  await ops.close();
  await h.close();
});

describe('GET /healthz', () => {
  it('is 200 when the database answers and every migration has run', async () => {
    const res = await fetch(`${base()}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, database: 'ok', migrations: 'current' });
  });
  it('is 503 while migrations are pending, naming them', async () => {
    const fresh = openDatabase(await testDatabaseUrl());
    const server = await startOpsServer(fresh, createMetrics(fresh), 0, '127.0.0.1');
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/healthz`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as { migrations: string; pending: string[] };
      expect(body.migrations).toBe('pending');
      expect(body.pending).toContain('2026-11-24-01-members');
    } finally {
      await server.close();
      await fresh.destroy();
    }
  });
  it('is 503 when the database cannot be reached', async () => {
    // Nothing listens on port 1: the connection is refused, as when the server is down.
    const gone = openDatabase('postgres://harbour:harbour@127.0.0.1:1/harbour');
    const server = await startOpsServer(gone, createMetrics(gone), 0, '127.0.0.1');
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ ok: false, database: 'unreachable' });
    } finally {
      await server.close();
      await gone.destroy();
    }
  });
});

describe('GET /metrics', () => {
  it('counts messages in and out and times replies, by channel, never with their text', async () => {
    const core = metrics.measured(h.core);
    const replies = await core.handle({ channel: 'console', user: 'console:metrics', chat: 'console:metrics', text: 'what is smart recovery, my secret words' });
    const res = await fetch(`${base()}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    const body = await res.text();
    expect(body).toMatch(/^harbour_messages_received_total\{channel="console"\} 1$/m);
    expect(body).toMatch(new RegExp(`^harbour_messages_sent_total\\{channel="console",kind="reply"\\} ${replies.length}$`, 'm'));
    expect(body).toMatch(/^harbour_reply_seconds_count\{channel="console"\} 1$/m);
    expect(body).toMatch(/^harbour_process_cpu_seconds_total /m);
    expect(body).not.toMatch(/secret words|console:metrics/);
  });
  it('reports the outbox: how many messages are due and how long the oldest has waited', async () => {
    const now = h.clock.now;
    await h.db.insertInto('members').values({ id: 'console:due', channel: 'console', timezone: 'UTC', locale: 'en', region: null, created_at: now.toISOString(), last_seen_at: now.toISOString() }).execute();
    const message = (key: string, dueMs: number) => ({ memberId: 'console:due', channel: 'console' as const, chat: 'console:due', kind: 'reminder', key, dueAt: new Date(now.getTime() - dueMs), expiresAt: new Date(now.getTime() + 3_600_000), replies: [] });
    await sqlOutbox(h.db).schedule(message('a', 90_000), now);
    await sqlOutbox(h.db).schedule(message('b', 30_000), now);
    await sqlOutbox(h.db).schedule(message('later', -60_000), now);
    const body = await (await fetch(`${base()}/metrics`)).text();
    expect(body).toMatch(/^harbour_outbox_due\{channel="console"\} 2$/m);
    expect(body).toMatch(/^harbour_outbox_oldest_due_seconds\{channel="console"\} 90$/m);
  });
  it('counts feed imports by result', async () => {
    metrics.imported('AA leeds', { ok: true, meetings: 12 });
    metrics.imported('NA broken', { ok: false });
    const body = await (await fetch(`${base()}/metrics`)).text();
    expect(body).toMatch(/^harbour_feed_imports_total\{result="ok"\} 1$/m);
    expect(body).toMatch(/^harbour_feed_imports_total\{result="failed"\} 1$/m);
    expect(body).toMatch(/^harbour_feed_meetings\{source="AA leeds"\} 12$/m);
  });
});

describe('other requests', () => {
  it('answers 404 for other paths and 405 for other methods', async () => {
    expect((await fetch(`${base()}/`)).status).toBe(404);
    expect((await fetch(`${base()}/metrics`, { method: 'POST' })).status).toBe(405);
  });
});
