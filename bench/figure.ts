/** One tracked figure, printed as a JSON line (DESIGN.md, Benchmarks). */
import { benchDatabase } from './database.ts';

export type Figure = { name: string; value: number; unit: string; baseline?: number; note?: string };

/** Prints a figure; on PostgreSQL its name gains `.postgres`. */
export function report(figure: Figure): void {
  const named = benchDatabase() === 'postgres' ? { ...figure, name: `${figure.name}.postgres` } : figure;
  process.stdout.write(`${JSON.stringify(named)}\n`);
}

/** The q-th quantile (0..1) of a list of numbers. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function round(value: number, places = 4): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}
