import { describe, expect, it } from 'vitest';
import { clock, inWindow, parseTime } from '../../../../src/core/understand/entities/time.ts';

describe('parseTime', () => {
  it('reads parts of the day', () => {
    expect(parseTime('morning meetings')).toMatchObject({ from: 240, to: 720 });
    expect(parseTime('in the afternoon')).toMatchObject({ from: 660, to: 1020 });
    expect(parseTime('this evening')).toMatchObject({ from: 960, to: 1260 });
    expect(parseTime('late night meeting')).toMatchObject({ from: 1200, to: 1740 });
  });
  it('uses the meeting finders\' windows, night running past midnight', () => {
    const night = parseTime('at night');
    expect(night).not.toBeNull();
    if (!night) return;
    expect(inWindow(23 * 60, night)).toBe(true);
    expect(inWindow(4 * 60 + 59, night)).toBe(true);
    expect(inWindow(5 * 60, night)).toBe(false);
    expect(inWindow(19 * 60 + 59, night)).toBe(false);
    const morning = parseTime('morning');
    expect(morning && inWindow(11 * 60 + 59, morning)).toBe(true);
    expect(morning && inWindow(12 * 60, morning)).toBe(false);
    expect(morning && inWindow(3 * 60 + 59, morning)).toBe(false);
  });
  it('reads a bare hour after "after" as the evening', () => {
    expect(parseTime('after 7')).toEqual({ label: 'from 7pm', from: 19 * 60, to: 24 * 60 });
  });
  it('honours am and pm and the 24-hour clock', () => {
    expect(parseTime('after 7am')).toMatchObject({ from: 7 * 60 });
    expect(parseTime('before 10am')).toEqual({ label: 'before 10am', from: 0, to: 600 });
    expect(parseTime('at 19:30')).toMatchObject({ from: 19 * 60, to: 20 * 60 + 1 });
    expect(parseTime('after 12pm')).toMatchObject({ from: 12 * 60 });
    expect(parseTime('from 12am')).toMatchObject({ from: 0 });
  });
  it('reads a bare hour as the morning when the message says morning', () => {
    expect(parseTime('tomorrow morning after 8')).toMatchObject({ from: 8 * 60 });
  });
  it('ignores counts and impossible times', () => {
    expect(parseTime('i am 3 days sober')).toBeNull();
    expect(parseTime('at 25:00')).toBeNull();
    expect(parseTime('at 7:75')).toBeNull();
  });
  it('says times back plainly', () => {
    expect(clock(19 * 60 + 30)).toBe('7:30pm');
    expect(clock(0)).toBe('12am');
    expect(clock(12 * 60)).toBe('12pm');
  });
});
