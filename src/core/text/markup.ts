/**
 * Harbour's tiny markup: **bold** and [label](https://link). Adapters render it; anything that
 * came from a member or a feed is passed through `plain` first, so it can never become markup.
 */

export type Span = { kind: 'text'; text: string } | { kind: 'bold'; text: string } | { kind: 'link'; text: string; url: string };

const TOKEN = /\*\*(.+?)\*\*|\[([^\]\n]{1,200})\]\((https:\/\/[^\s)]{1,500})\)/gs;

/** Splits marked-up text into plain, bold and link spans. */
export function spans(text: string): Span[] {
  const out: Span[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ kind: 'text', text: text.slice(last, at) });
    if (m[1] !== undefined) out.push({ kind: 'bold', text: m[1] });
    else out.push({ kind: 'link', text: m[2] ?? '', url: m[3] ?? '' });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

/** Member or feed text made inert: markup characters lose their meaning. */
export function plain(text: string): string {
  return text.replace(/\*\*/g, '*\u200b*').replace(/\]\(/g, ']\u200b(');
}
