#!/usr/bin/env node
// The suite's second pass, on PostgreSQL: runs when HARBOUR_TEST_POSTGRES_URL names a database
// (`.ci/run` starts one); otherwise says how to run it and passes.
import { spawnSync } from 'node:child_process';

const url = process.env.HARBOUR_TEST_POSTGRES_URL?.trim();
if (!url) {
  process.stdout.write('PostgreSQL pass skipped: set HARBOUR_TEST_POSTGRES_URL=postgres://… to run the suite on PostgreSQL too (.ci/run does).\n');
  process.exit(0);
}
process.stdout.write('Running the suite again on PostgreSQL.\n');
// The first pass ignores HARBOUR_TEST_POSTGRES_URL; this one tells the tests to use it.
const result = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, HARBOUR_TEST_ON_POSTGRES: url } });
process.exit(result.status ?? 1);
