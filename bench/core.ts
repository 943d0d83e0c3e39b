/**
 * core.reply.p50/p99: time inside the core for one message (on an in-memory database), and
 * core.cold_start: from launching `harbour chat --json` to its first reply, with the model cached.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHarbour } from '../src/app/harbour.ts';
import { quantile, report, round } from './figure.ts';
import { understandDev } from './heldout.ts';
import { benchDatabaseUrl } from './database.ts';

const HARBOUR = fileURLToPath(new URL('../bin/harbour.mjs', import.meta.url));

async function replyLatency(cacheDir: string): Promise<void> {
  const harbour = await createHarbour({ databaseUrl: await benchDatabaseUrl(':memory:'), cacheDir });
  const texts = understandDev().map((m) => m.text);
  const timings: number[] = [];
  // Warm up, then time three passes over the held-out messages from 50 different members.
  for (let i = 0; i < 200; i++) await harbour.core.handle({ channel: 'console', user: `console:w${i % 10}`, chat: 'c', text: texts[i % texts.length] ?? '' });
  for (let pass = 0; pass < 3; pass++) {
    for (const [i, text] of texts.entries()) {
      const started = performance.now();
      await harbour.core.handle({ channel: 'console', user: `console:m${i % 50}`, chat: 'c', text });
      timings.push(performance.now() - started);
    }
  }
  await harbour.close();
  report({ name: 'core.reply.p50', value: round(quantile(timings, 0.5), 3), unit: 'ms' });
  report({ name: 'core.reply.p99', value: round(quantile(timings, 0.99), 3), unit: 'ms' });
}

function firstReplyMs(cacheDir: string, db: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [HARBOUR, 'chat', '--json', '--db', db], { env: { ...process.env, HARBOUR_CACHE_DIR: cacheDir, LOG_LEVEL: 'silent' }, stdio: ['pipe', 'pipe', 'inherit'] });
    child.stdout.once('data', () => {
      const ms = performance.now() - started;
      child.stdin.end();
      child.once('exit', () => resolve(ms));
    });
    child.once('error', reject);
    child.stdin.write('what is na\n');
  });
}

export async function benchCore(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'harbour-bench-'));
  try {
    const cacheDir = join(dir, 'cache');
    // One launch first fills the cache (word vectors, models), as a bot's first start does, so
    // the timed process is one that starts from the cache like every later start.
    await firstReplyMs(cacheDir, await benchDatabaseUrl(join(dir, 'fill.sqlite')));
    await replyLatency(cacheDir);
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) runs.push(await firstReplyMs(cacheDir, await benchDatabaseUrl(join(dir, `cold-${i}.sqlite`))));
    report({ name: 'core.cold_start', value: round(quantile(runs, 0.5), 0), unit: 'ms', note: 'median of 3 launches of harbour chat --json, model cached, new database' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
