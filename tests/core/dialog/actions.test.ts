import { describe, expect, it } from 'vitest';
import { action, parseAction } from '../../../src/core/dialog/actions.ts';

describe('button actions', () => {
  it('round-trips every kind', () => {
    expect(parseAction(action.intent('first_meeting'))).toEqual({ kind: 'intent', intent: 'first_meeting' });
    expect(parseAction(action.about('NA'))).toEqual({ kind: 'about', code: 'NA' });
    expect(parseAction(action.aspect('cost', 'SMART'))).toEqual({ kind: 'aspect', intent: 'cost', code: 'SMART' });
    expect(parseAction(action.compare('AA', 'SMART'))).toEqual({ kind: 'compare', codes: ['AA', 'SMART'] });
    expect(parseAction(action.meetings('CA'))).toEqual({ kind: 'meetings', code: 'CA' });
    expect(parseAction(action.forget(true))).toEqual({ kind: 'forget', confirmed: true });
    expect(parseAction(action.safe)).toEqual({ kind: 'safe' });
  });
  it('fits in Telegram’s 64 bytes', () => {
    expect(Buffer.byteLength(action.aspect('professional_help', 'RECOVERY-DHARMA'))).toBeLessThanOrEqual(64);
  });
  it('treats malformed or forged payloads as unknown', () => {
    for (const bad of ['', 'intent', 'intent:DROP TABLE', 'about:na', 'compare:AA', 'forget:maybe', 'x:y', 'intent:a:b:c', 'safe:now']) {
      expect(parseAction(bad)).toBeNull();
    }
  });
});
