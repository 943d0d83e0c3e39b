import { spawn } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { openDatabase } from '../../src/db/database.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../support/shared-data.ts';
import { testDatabaseUrl } from '../support/database.ts';

const HARBOUR = fileURLToPath(new URL('../../bin/harbour.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'harbour-import-'));
const db = await testDatabaseUrl(join(dir, 'import.sqlite'));
let server: Server;
let base = '';

beforeAll(async () => {
  // A small feed server: the BMLT fixture, a 500, and something that is not a feed.
  server = createServer((req, res) => {
    if (req.url?.startsWith('/client_interface/json/')) res.end(readFileSync(fixture('bmlt.json')));
    else if (req.url === '/broken') res.writeHead(500).end('oops');
    else res.end('<html>not a feed</html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

function harbour(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [HARBOUR, ...args, '--db', db], { env: { ...process.env, LOG_LEVEL: 'silent', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function held(): Promise<{ source: string; n: number }[]> {
  const reader = openDatabase(db);
  try {
    return await reader.selectFrom('meetings').select(['source', sql<number>`count(*)`.as('n')]).groupBy('source').orderBy('source').execute();
  } finally {
    await reader.destroy();
  }
}

describe('harbour import', () => {
  it('imports a file and reports what it did, with the reasons for skipped records', async () => {
    const { code, stdout, stderr } = await harbour(['import', fixture('meeting-guide.json'), '--fellowship', 'AA', '--source', 'leeds']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Imported 8 meetings from leeds \(meeting-guide\): 8 new, 0 updated, 0 removed, 6 skipped as invalid/);
    expect(stderr).toMatch(/skipped record 7: it has no day and time/);
    expect(await held()).toEqual([{ source: 'leeds', n: 8 }]);
  });
  it('imports a BMLT server URL as NA', async () => {
    const { code, stdout } = await harbour(['import', `${base}/client_interface/json/?switcher=GetSearchResults&get_used_formats=1`, '--source', 'na-leeds']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Imported 4 meetings from na-leeds \(bmlt\)/);
  });
  it('fails clearly and changes nothing for a broken feed, a failing server, or a bad option', async () => {
    const before = await held();
    const notFeed = await harbour(['import', `${base}/page`, '--fellowship', 'AA', '--source', 'leeds']);
    expect(notFeed.code).toBe(1);
    expect(notFeed.stderr).toMatch(/Import failed, nothing changed: .*not a Meeting Guide|not JSON|CSV/);
    const failing = await harbour(['import', `${base}/broken`, '--fellowship', 'AA', '--source', 'leeds']);
    expect(failing.stderr).toMatch(/answered 500/);
    const noFellowship = await harbour(['import', fixture('meeting-guide.json'), '--source', 'leeds']);
    expect(noFellowship.stderr).toMatch(/say which with --fellowship/);
    const badFormat = await harbour(['import', fixture('meeting-guide.json'), '--format', 'xml']);
    expect(badFormat.code).toBe(1);
    expect(badFormat.stderr).toMatch(/--format must be one of/);
    expect(await held()).toEqual(before);
  });
  it('refresh re-imports every configured feed, one failure holding up none of the others', async () => {
    const feeds = `NA=${base}/client_interface/json/?switcher=GetSearchResults AA=${base}/broken`;
    const { code, stdout, stderr } = await harbour(['refresh'], { HARBOUR_FEEDS: feeds });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^NA 127\.0\.0\.1\/client_interface\/json\/: 4 meetings/m);
    expect(stderr).toMatch(/^AA 127\.0\.0\.1\/broken: failed, meetings kept as they were: .*answered 500/m);
    const none = await harbour(['refresh'], { HARBOUR_FEEDS: '' });
    expect(none.stderr).toMatch(/No feeds configured/);
  });
});
