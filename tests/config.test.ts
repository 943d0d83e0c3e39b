import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.ts';

describe('readConfig', () => {
  it('has working defaults for a newcomer', () => {
    const config = readConfig({});
    expect(config.DATABASE_URL).toBe('./data/harbour.sqlite');
    expect(config.TELEGRAM_BOT_TOKEN).toBeUndefined();
    expect(config.HARBOUR_ADMINS).toEqual([]);
    expect(config.HARBOUR_RETENTION_DAYS).toBe(365);
  });
  it('treats empty variables as unset', () => {
    expect(readConfig({ DATABASE_URL: '', PORT: ' ' }).DATABASE_URL).toBe('./data/harbour.sqlite');
  });
  it('reads admins as a comma-separated list', () => {
    expect(readConfig({ HARBOUR_ADMINS: 'tg:1, slack:T1:U9,,console:me' }).HARBOUR_ADMINS).toEqual(['tg:1', 'slack:T1:U9', 'console:me']);
  });
  it('names every bad variable in one clear message', () => {
    expect(() => readConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' })).toThrow(/PORT.*LOG_LEVEL|LOG_LEVEL.*PORT/);
  });
  it('reads meeting feeds as CODE=URL entries, and refuses anything else', () => {
    expect(readConfig({ HARBOUR_FEEDS: 'aa=https://a.example/feed.json\n NA=https://bmlt.example/main_server/client_interface/json/?switcher=GetSearchResults' }).HARBOUR_FEEDS).toEqual([
      { fellowship: 'AA', url: 'https://a.example/feed.json' },
      { fellowship: 'NA', url: 'https://bmlt.example/main_server/client_interface/json/?switcher=GetSearchResults' },
    ]);
    expect(() => readConfig({ HARBOUR_FEEDS: 'https://no-code.example' })).toThrow(/HARBOUR_FEEDS.*CODE=https/);
    expect(() => readConfig({ HARBOUR_FEEDS_SCHEDULE: 'daily' })).toThrow(/HARBOUR_FEEDS_SCHEDULE/);
  });
});
