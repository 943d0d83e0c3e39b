/** Commands work on every channel, with or without the slash: "/start", "start", "Help!". */

export const COMMANDS = ['start', 'help', 'groups', 'meetings', 'checkin', 'progress', 'mydata', 'forget', 'stop', 'privacy', 'helplines'] as const;
/** Commands only configured admins may use. */
export const ADMIN_COMMANDS = ['stats'] as const;
export type Command = (typeof COMMANDS)[number] | (typeof ADMIN_COMMANDS)[number];

const SPELLINGS: Record<string, Command> = {
  'check in': 'checkin', 'check-in': 'checkin', 'check-ins': 'checkin', 'checkins': 'checkin', 'my progress': 'progress', 'my data': 'mydata', 'menu': 'help', 'meeting': 'meetings',
};

/** The command a message is, or null. A slash command may carry words after it ("/meetings leeds" is still free text). */
export function commandIn(text: string): Command | null {
  const t = text.trim().toLowerCase().replace(/[.!?]+$/, '');
  const slash = /^\/([a-z_]+)(?:@\w+)?$/.exec(t);
  const word = slash ? slash[1] ?? '' : t.replace(/\s+please$/, '');
  if (([...COMMANDS, ...ADMIN_COMMANDS] as readonly string[]).includes(word)) return word as Command;
  return SPELLINGS[word] ?? null;
}
