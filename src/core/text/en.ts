/**
 * Every fixed thing Harbour says, in British English, in one place to review and translate.
 * Answers about groups live in knowledge/en as data; this file holds the conversation's own words.
 */

export const en = {
  welcome: [
    "Hi, I'm **Harbour**, a friendly bot (not a person or a doctor) for anyone in or near recovery.",
    'I can explain recovery groups like AA, NA and SMART Recovery, and help you find a meeting.',
    'In an emergency call **999**. To talk to someone now, Samaritans are free on **116 123**, day or night.',
  ].join('\n'),
  privacyLine: 'I keep as little as I can about you. Say **privacy** to see what, or **forget** to erase it.',
  help: [
    'Ask me anything about recovery groups, in your own words, for example "what is NA?", "is it free?" or "do I have to believe in God?".',
    'Commands: **groups**, **meetings**, **checkin**, **privacy**, **mydata**, **forget**, **stop**.',
  ].join('\n'),

  groupsIntro: 'Here are the groups I know about. Tap one to find out more.',
  groupsForYou: 'For you',
  groupsForFamilies: 'For family and friends',
  groupsProfessional: 'Alongside groups',

  whichFellowship: 'Which group would you like to know about?',
  fellowshipLink: (name: string, url: string) => `[${name} website](${url})`,
  aspectHeading: (title: string, fellowship: string) => `**${title}** (${fellowship})`,
  whoFor: 'Who it is for',
  howItWorks: 'How it works',

  compareIntro: 'Side by side:',
  twelveStep: (yes: boolean) => (yes ? 'Twelve-step' : 'Not twelve-step'),
  outlook: {
    spiritual: 'spiritual, not religious',
    secular: 'secular',
    buddhist: 'Buddhist-inspired',
    mixed: 'spiritual or not, as you like',
  } as Record<string, string>,
  compareClosing: 'Many people try a few meetings of each, or go to more than one kind. Whatever helps is right.',

  meetingsIntro: (codes: string, wanted: string) =>
    codes || wanted ? `Looking for ${codes ? `${codes} ` : ''}meetings${wanted ? ` ${wanted}` : ''}. ` : '',
  meetingsSearchComing: "I can't search meetings myself yet, so here are the official meeting finders, which are kept up to date:",
  meetingsOnline: 'Online meetings run at all hours; each website lists them.',
  meetingsFinder: (name: string, url: string) => `• [${name}](${url})`,

  checkinNotYet: "Daily check-ins aren't switched on in this version of Harbour yet. Until they are, I'm here whenever you message me.",

  stopped: "Okay, I've stopped. I won't message you unless you write to me first. Say **start** any time.",
  thanks: "You're welcome. I'm here whenever you need me, day or night.",

  slowDown: "You're sending messages faster than I can keep up with, so I'll pause for a minute. If you need someone right now, Samaritans are free on **116 123**, any time.",
  helplinesFor: (country: string) => `**Helplines (${country})**`,
  changeCountry: 'Somewhere else? Pick your country and I will show its helplines from now on.',
  regionSet: (country: string) => `Thanks. I'll show helplines for ${country} from now on.`,
  locationThanks: 'Thanks for sharing your location.',
  adminOnly: "Sorry, that command is only for Harbour's admins.",
  stats: (members: number, active: number, channels: string) => `**Members:** ${members} (active in the last 7 days: ${active})\n**By channel:** ${channels}`,
  somethingWrong: "Sorry, something went wrong on my side. Please try again in a moment. If you need to talk to someone now, Samaritans are free on **116 123**.",
  notUnderstood: "Sorry, I'm not sure I understood that. I'm a simple bot. Here's what I can help with:",
  didYouMean: "Sorry, I'm not quite sure what you meant. Was it one of these?",
  emojiOnly: "I can't read emoji very well, sorry. Could you say it in words? Or pick one of these:",
  empty: "I didn't catch anything there. What would you like to do?",
  tooLong: (limit: number) => `That's a long message. I've read the first ${limit} characters.`,
  unknownAction: "Sorry, that button has expired. Here's what I can help with:",
  chooseFellowshipFirst: 'Tap a group, or type its name.',

  mydataIntro: "Here's everything Harbour holds about you, as a file. Nothing else is kept.",
  forgetAsk: 'This erases everything Harbour holds about you, straight away, and it cannot be undone. Shall I go ahead?',
  forgetYes: 'Yes, erase everything',
  forgetNo: 'No, keep it',
  forgetDone: (summary: string) => `Done. I've erased ${summary}. Nothing about you is left. If you write again, I'll start fresh.`,
  forgetNothing: 'I held nothing about you, so there was nothing to erase.',
  forgetUseButton: 'To be sure nothing is erased by accident, please tap the button to confirm.',
  forgetCancelled: "Okay, I haven't erased anything.",
  rows: (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`,
  tableNames: { members: 'member record', conversation_state: 'conversation note', sober_dates: 'sober date' } as Record<string, string>,

  crisis: {
    lead: {
      suicide: (emergency: string) => `**If you might act on these thoughts, or you've hurt yourself, call ${emergency} now.** You can also talk to someone right away:`,
      selfharm: (emergency: string) => `**If you're badly hurt or bleeding heavily, call ${emergency} now.** You can also talk to someone right away:`,
      overdose: (emergency: string) => `**If someone has taken too much, call ${emergency} now**, even if they seem okay. Stay with them, and put them on their side if they're drowsy. Then:`,
      medical: (emergency: string) => `**This could be an emergency: call ${emergency} now.** Stay with the person if it's someone else. Then:`,
      danger: (emergency: string) => `**If you're in danger right now, call ${emergency}.** If you can, go somewhere safe. Then:`,
    } as Record<'suicide' | 'selfharm' | 'overdose' | 'medical' | 'danger', (emergency: string) => string>,
    warm: "I'm really glad you told me. You don't have to go through this on your own.",
    onlineNow: 'An online meeting now',
    fellowshipHelplines: 'Fellowship helplines',
    safeNow: "I'm safe now, carry on",
    safeThanks: "Thank you for letting me know. I'm glad. I'm here whenever you need me. What would you like to do?",
    fellowshipHelplinesIntro: 'These fellowships have phone lines run by people in recovery:',
    helplineLine: (name: string, contact: string) => `• ${name}: **${contact}**`,
  },
  sober: {
    meetingToday: 'A meeting today',
    resetButton: 'Reset my sober date to today',
    startButton: 'Start counting from today',
    reset: (day: string) => `Done. Your sober date is now today, ${day}. Your earlier date is kept privately, only for you: **mydata** shows it and **forget** erases it. Today counts.`,
    started: (day: string) => `Done. I'm counting from today, ${day}. Today counts.`,
  },
  buttons: {
    groups: 'Recovery groups',
    meetings: 'Find a meeting',
    checkin: 'Daily check-in',
    help: 'What can you do?',
    privacy: 'Privacy',
    more: (name: string) => `More about ${name}`,
    compareWith: (code: string) => `Compare with ${code}`,
    versus: (a: string, b: string) => `${a} vs ${b}`,
  },
} as const;
