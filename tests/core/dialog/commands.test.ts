import { describe, expect, it } from 'vitest';
import { COMMANDS, commandIn } from '../../../src/core/dialog/commands.ts';

describe('commandIn', () => {
  it('accepts every command with or without the slash, any case', () => {
    for (const command of COMMANDS) {
      expect(commandIn(command)).toBe(command);
      expect(commandIn(`/${command}`)).toBe(command);
      expect(commandIn(command.toUpperCase())).toBe(command);
    }
  });
  it('accepts a Telegram bot suffix and trailing punctuation', () => {
    expect(commandIn('/start@HarbourBot')).toBe('start');
    expect(commandIn('Help!')).toBe('help');
    expect(commandIn('check in')).toBe('checkin');
  });
  it('leaves sentences to the language model', () => {
    expect(commandIn('i want to stop drinking')).toBeNull();
    expect(commandIn('help me find a meeting')).toBeNull();
  });
});
