/**
 * Turns a message as people type it into the plain form the classifier and entity parsers
 * share: lower case, straight quotes, emoji read for meaning, text-speak spelt out.
 */

/** Text-speak and common chat spellings, spelt out so training and input agree. */
const SPELT_OUT: Record<string, string> = {
  u: 'you', ya: 'you', yu: 'you', ur: 'your', r: 'are', n: 'and',
  pls: 'please', plz: 'please', plse: 'please', ppl: 'people', abt: 'about', bout: 'about',
  wat: 'what', wot: 'what', wht: 'what', wut: 'what', whats: 'what is', wats: 'what is', wots: 'what is',
  im: 'i am', ive: 'i have', dont: 'do not', doesnt: 'does not',
  didnt: 'did not', cant: 'can not', cannot: 'can not', wont: 'will not', isnt: 'is not',
  havent: 'have not', hasnt: 'has not', wasnt: 'was not', arent: 'are not', shouldnt: 'should not',
  wouldnt: 'would not', couldnt: 'could not', theres: 'there is', thats: 'that is', hes: 'he is',
  shes: 'she is', theyre: 'they are', youre: 'you are', whos: 'who is', wheres: 'where is',
  hows: 'how is', whens: 'when is', gonna: 'going to', wanna: 'want to', gotta: 'got to',
  tmrw: 'tomorrow', tmr: 'tomorrow', tmw: 'tomorrow', tmoz: 'tomorrow', tomoz: 'tomorrow',
  '2moro': 'tomorrow', '2morrow': 'tomorrow', tomorow: 'tomorrow', tommorow: 'tomorrow',
  tommorrow: 'tomorrow', '2nite': 'tonight', '2night': 'tonight', tonite: 'tonight', '2day': 'today',
  ty: 'thanks', thx: 'thanks', thnx: 'thanks', tx: 'thanks', ta: 'thanks', tq: 'thanks',
  coz: 'because', cos: 'because', cuz: 'because', bc: 'because', w: 'with', wiv: 'with',
  atm: 'at the moment', rn: 'right now', idk: 'i do not know', k: 'okay', ok: 'okay',
  '&': 'and', '+': 'and', msg: 'message', msgs: 'messages', mtg: 'meeting', mtgs: 'meetings',
  meetin: 'meeting', meetins: 'meetings', nr: 'near', xmas: 'christmas', gd: 'good',
};

/** Emoji people send on their own that carry a clear meaning here. */
const EMOJI_WORDS: [RegExp, string][] = [
  [/[\u{1F44B}]/gu, ' hello '],
  [/[\u{1F64F}]/gu, ' thanks '],
  [/[\u{2753}\u{2754}]/gu, ' ? '],
];

// Pictographs, flags, skin tones, and the joiners and selectors that glue emoji together.
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D}|\u{20E3}/gu;
const CONTROL = /[\p{Cc}\p{Cf}]/gu;

/** Lower-cased, emoji-free text with text-speak spelt out; punctuation kept for sentence splits. */
export function normalise(text: string): string {
  let s = text.normalize('NFKC').replace(/[\u2018\u2019\u02bc`´]/g, "'").replace(/[\u201c\u201d]/g, '"');
  for (const [pattern, word] of EMOJI_WORDS) s = s.replace(pattern, word);
  s = s.replace(EMOJI, ' ').replace(CONTROL, ' ').toLowerCase();
  // Stretched words read as themselves: "hiii" → "hi", "pleeease" → "please".
  s = s.replace(/(\p{L})\1{2,}/gu, '$1');
  // "what's" and "whats" should read the same: drop apostrophes inside words.
  s = s.replace(/(\p{L})'(\p{L})/gu, '$1$2');
  s = s.replace(/[^\p{L}\p{N}?!.,:&+/'-]+/gu, ' ');
  const words = s.split(/\s+/).filter(Boolean);
  return words
    .map((w) => {
      const bare = w.replace(/[?!.,:]+$/, '');
      const tail = w.slice(bare.length);
      const spelt = SPELT_OUT[bare];
      return spelt === undefined ? w : spelt + tail;
    })
    .join(' ');
}

/** Words only, for matching: letters and digits, no punctuation. */
export function words(normalised: string): string[] {
  return normalised.split(/[^\p{L}\p{N}'-]+/u).filter((w) => w.length > 0);
}

/** True when the message has something to read once emoji and spaces are gone. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text.replace(EMOJI, ''));
}
