import { describe, expect, it } from 'vitest';
import { rateLimiter } from '../../../src/core/safety/rate-limit.ts';

describe('rateLimiter', () => {
  it('allows a burst, warns once, then stays quiet until it eases', () => {
    const check = rateLimiter({ burst: 3, perMinute: 6 });
    const t = 1_000_000;
    expect([check('a', t), check('a', t), check('a', t)]).toEqual(['allow', 'allow', 'allow']);
    expect(check('a', t)).toBe('warn');
    expect(check('a', t + 1000)).toBe('quiet');
    expect(check('a', t + 11_000)).toBe('allow'); // 10 s at 6 a minute refills one
  });
  it('limits each member separately', () => {
    const check = rateLimiter({ burst: 1, perMinute: 1 });
    expect(check('a', 0)).toBe('allow');
    expect(check('b', 0)).toBe('allow');
    expect(check('a', 0)).toBe('warn');
  });
  it('keeps memory bounded', () => {
    const check = rateLimiter({ burst: 1, perMinute: 1 }, 2);
    check('a', 0);
    check('b', 0);
    check('c', 0); // forgets a
    expect(check('a', 0)).toBe('allow');
  });
});
