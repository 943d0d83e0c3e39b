/**
 * Harbour's markup as Slack mrkdwn. Slack reads only `<`, `>` and `&` as control characters, so
 * escaping them means a feed can never write `<!channel>`; bare @here/@channel/@everyone are
 * broken with a zero-width joiner so they can never ping a whole workspace either.
 */
import { spans } from '../../core/text/markup.ts';

export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(here|channel|everyone)\b/gi, '@\u2060$1');
}

export function toSlackMrkdwn(text: string): string {
  return spans(text)
    .map((s) => {
      if (s.kind === 'bold') return `*${escapeMrkdwn(s.text)}*`;
      if (s.kind === 'link') return `<${s.url.replace(/[<>|]/g, encodeURIComponent)}|${escapeMrkdwn(s.text).replace(/\|/g, '¦')}>`;
      return escapeMrkdwn(s.text);
    })
    .join('');
}
