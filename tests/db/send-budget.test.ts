import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMigratedDatabase, type HarbourDb } from '../../src/db/database.ts';
import { clearSpentBudget, sendBudget } from '../../src/db/send-budget.ts';
import { testDatabaseUrl } from '../support/database.ts';

let db: HarbourDb;
beforeEach(async () => {
  db = await openMigratedDatabase(await testDatabaseUrl());
});
afterEach(async () => {
  await db.destroy();
});

/** Whether the promise settles within a short while. */
const settles = (p: Promise<void>, ms = 60) => Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);

describe('the shared send budget', () => {
  it('allows a fifth of the rate per fifth of a second, counted across every instance', async () => {
    const clock = { now: 1_780_000_000_000 };
    // Two instances on one database, 25 a second: 5 per slot between them.
    const one = sendBudget(db, 'telegram', 25, () => clock.now);
    const two = sendBudget(db, 'telegram', 25, () => clock.now);
    for (const gate of [one, two, one, two, one]) expect(await settles(gate())).toBe(true);
    const sixth = two();
    expect(await settles(sixth)).toBe(false);
    // Another platform has its own budget.
    expect(await settles(sendBudget(db, 'slack', 25, () => clock.now)())).toBe(true);
    clock.now += 200;
    expect(await settles(sixth, 500)).toBe(true);
  });
  it('clears slots older than a minute', async () => {
    const clock = { now: 1_780_000_000_000 };
    await sendBudget(db, 'telegram', 25, () => clock.now)();
    await clearSpentBudget(db, clock.now + 30_000);
    expect(await db.selectFrom('send_budget').selectAll().execute()).toHaveLength(1);
    await clearSpentBudget(db, clock.now + 61_000);
    expect(await db.selectFrom('send_budget').selectAll().execute()).toHaveLength(0);
  });
});
