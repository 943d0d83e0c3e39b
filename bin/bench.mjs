#!/usr/bin/env node
// `npm run bench [-- GROUP...]`: runs the benchmarks through tsx, one JSON line per figure.
import { register } from 'tsx/esm/api';

register();
const { runBenchmarks } = await import('../bench/main.ts');
process.exitCode = await runBenchmarks(process.argv.slice(2));
