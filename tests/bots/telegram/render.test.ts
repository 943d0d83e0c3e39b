import { describe, expect, it } from 'vitest';
import { toTelegramHtml } from '../../../src/bots/telegram/render.ts';
import { plain } from '../../../src/core/text/markup.ts';

describe('Telegram HTML', () => {
  it('renders bold and links', () => {
    expect(toTelegramHtml('**Call 999** or see [NHS](https://www.nhs.uk/)')).toBe('<b>Call 999</b> or see <a href="https://www.nhs.uk/">NHS</a>');
  });
  it('escapes HTML that came from a member or a feed', () => {
    const feed = plain('<b>Fake</b> & <a href="https://evil.example">click</a>');
    expect(toTelegramHtml(`Meeting: ${feed}`)).toBe('Meeting: &lt;b&gt;Fake&lt;/b&gt; &amp; &lt;a href="https://evil.example"&gt;click&lt;/a&gt;');
  });
  it('never turns feed text into markup', () => {
    const html = toTelegramHtml(`Group: ${plain('**Free beer** [here](https://evil.example)')}`);
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<a ');
  });
  it('escapes inside bold and link text too, and refuses non-https links', () => {
    expect(toTelegramHtml('**a<b>&**')).toBe('<b>a&lt;b&gt;&amp;</b>');
    expect(toTelegramHtml('[x](javascript:alert(1))')).toBe('[x](javascript:alert(1))');
  });
});
