/** Harbour's markup as Telegram HTML (parse_mode HTML), with everything else escaped. */
import { spans } from '../../core/text/markup.ts';

/** Escapes the three characters Telegram's HTML parser reads. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function toTelegramHtml(text: string): string {
  return spans(text)
    .map((s) => {
      if (s.kind === 'bold') return `<b>${escapeHtml(s.text)}</b>`;
      if (s.kind === 'link') return `<a href="${escapeHtml(s.url).replace(/"/g, '&quot;')}">${escapeHtml(s.text)}</a>`;
      return escapeHtml(s.text);
    })
    .join('');
}
