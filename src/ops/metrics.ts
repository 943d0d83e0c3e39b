/**
 * What Harbour counts for Prometheus (prom-client): messages in and out per channel, how long a
 * reply takes, the outbox's depth and the age of its oldest due message (read from the
 * database when scraped, so every instance reports the shared outbox), send failures and feed
 * imports. Never message text or member ids: labels are channels and outcomes only.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Core } from '../core/handle.ts';
import type { HarbourDb } from '../db/database.ts';

export type Metrics = ReturnType<typeof createMetrics>;

export function createMetrics(db: HarbourDb, clock: () => number = Date.now) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'harbour_' });
  const received = new Counter({ name: 'harbour_messages_received_total', help: 'Messages and button presses received, by channel.', labelNames: ['channel'], registers: [registry] });
  const sent = new Counter({ name: 'harbour_messages_sent_total', help: 'Messages sent, by channel and whether they answered a member or were scheduled (check-ins, reminders).', labelNames: ['channel', 'kind'], registers: [registry] });
  const replySeconds = new Histogram({
    name: 'harbour_reply_seconds',
    help: 'Time from a message arriving to its replies being ready, by channel.',
    labelNames: ['channel'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const sendFailures = new Counter({ name: 'harbour_send_failures_total', help: 'Scheduled sends that failed, by channel and whether they can ever succeed.', labelNames: ['channel', 'permanent'], registers: [registry] });
  const imports = new Counter({ name: 'harbour_feed_imports_total', help: 'Meeting feed imports, by result (ok or failed).', labelNames: ['result'], registers: [registry] });
  const importedMeetings = new Gauge({ name: 'harbour_feed_meetings', help: 'Meetings in the last successful import, by source.', labelNames: ['source'], registers: [registry] });
  const depth = new Gauge({ name: 'harbour_outbox_due', help: 'Outbox messages due and not yet sent, by channel.', labelNames: ['channel'], registers: [registry] });
  const age = new Gauge({ name: 'harbour_outbox_oldest_due_seconds', help: 'How long the oldest unsent due outbox message has been due, by channel (0 when none).', labelNames: ['channel'], registers: [registry] });

  return {
    registry,
    sent,
    sendFailures,
    /** Counts an import's outcome. */
    imported(source: string, outcome: { ok: true; meetings: number } | { ok: false }): void {
      imports.inc({ result: outcome.ok ? 'ok' : 'failed' });
      if (outcome.ok) importedMeetings.set({ source }, outcome.meetings);
    },
    /** The core, counting what comes in and goes out and timing each reply. */
    measured(core: Core): Core {
      return {
        async handle(inbound) {
          received.inc({ channel: inbound.channel });
          const stop = replySeconds.startTimer({ channel: inbound.channel });
          const replies = await core.handle(inbound);
          stop();
          sent.inc({ channel: inbound.channel, kind: 'reply' }, replies.length);
          return replies;
        },
      };
    },
    /** The Prometheus text for one scrape, with the outbox read fresh. */
    async scrape(): Promise<{ contentType: string; body: string }> {
      const now = new Date(clock()).toISOString();
      const rows = await db
        .selectFrom('outbox')
        .select(['channel', (eb) => eb.fn.countAll<number>().as('due'), (eb) => eb.fn.min('due_at').as('oldest')])
        .where('status', 'in', ['pending', 'sending'])
        .where('due_at', '<=', now)
        .groupBy('channel')
        .execute();
      depth.reset();
      age.reset();
      for (const row of rows) {
        depth.set({ channel: row.channel }, Number(row.due));
        age.set({ channel: row.channel }, row.oldest ? Math.max(0, (clock() - Date.parse(row.oldest)) / 1000) : 0);
      }
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
