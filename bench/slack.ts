/**
 * slack.*: the real Bolt app in HTTP mode, receiving signed `message.im` events, against a local
 * Slack Web API server. events_per_s: 2,000 direct messages from 2,000 members, 50 in flight at
 * a time. reply.p99: 400 more arriving steadily, 20 a second, from the event's POST to its
 * chat.postMessage.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHarbour } from '../src/app/harbour.ts';
import { createSlackApp } from '../src/bots/slack/app.ts';
import { postSigned, startFakeSlack } from '../tests/support/fake-slack.ts';
import { quantile, report, round } from './figure.ts';
import { understandDev } from './heldout.ts';
import { benchDatabaseUrl } from './database.ts';

const SECRET = 'bench';

export async function benchSlack(): Promise<void> {
  const slack = await startFakeSlack({ perChannelMs: 0 });
  const harbour = await createHarbour({ databaseUrl: await benchDatabaseUrl(':memory:'), cacheDir: '.cache' });
  const app = createSlackApp(harbour.core, { token: 'xoxb-bench', signingSecret: SECRET, slackApiUrl: slack.apiUrl });
  const server = (await app.start(0)) as Server;
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  const texts = understandDev().map((m) => m.text);
  const send = (i: number) => {
    const body = JSON.stringify({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: `Ev${i}`, event_time: 1, event: { type: 'message', channel_type: 'im', channel: `D${i}`, user: `U${i}`, text: texts[i % texts.length] ?? 'hello', ts: `${i}.1` } });
    return postSigned(url, body, { secret: SECRET });
  };
  const answered = (from: number, to: number) => new Set(slack.posted.map((p) => String(p.body['channel'])).filter((c) => Number(c.slice(1)) >= from && Number(c.slice(1)) < to)).size;
  try {
    const total = 2_000;
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        while (next < total) await send(next++);
      }),
    );
    await slack.waitFor(() => answered(0, total) >= total, 120_000);
    const seconds = (performance.now() - started) / 1000;
    report({ name: 'slack.events_per_s', value: round(total / seconds, 0), unit: 'events/s', note: `${total} signed message.im events, 50 in flight, each answered with chat.postMessage` });

    const sentAt = new Map<string, number>();
    for (let i = 10_000; i < 10_400; i += 1) {
      sentAt.set(`D${i}`, Date.now());
      void send(i);
      await new Promise((r) => setTimeout(r, 50));
    }
    await slack.waitFor(() => answered(10_000, 10_400) >= 400, 60_000);
    const first = new Map<string, number>();
    for (const p of slack.posted) {
      const channel = String(p.body['channel']);
      if (sentAt.has(channel) && !first.has(channel)) first.set(channel, p.at);
    }
    const latencies = [...first].map(([channel, at]) => at - (sentAt.get(channel) ?? at));
    report({ name: 'slack.reply.p99', value: round(quantile(latencies, 0.99), 1), unit: 'ms', note: `p50 ${round(quantile(latencies, 0.5), 1)} ms; 400 events at 20 a second, from the event's POST to its chat.postMessage` });
  } finally {
    await app.stop();
    await harbour.close();
    await slack.close();
  }
}
