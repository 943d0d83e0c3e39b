import { describe, expect, it } from 'vitest';
import { toSlackMrkdwn } from '../../../src/bots/slack/render.ts';
import { plain } from '../../../src/core/text/markup.ts';

describe('Slack mrkdwn', () => {
  it('renders bold and links', () => {
    expect(toSlackMrkdwn('**Call 999** or see [NHS](https://www.nhs.uk/)')).toBe('*Call 999* or see <https://www.nhs.uk/|NHS>');
  });
  it('escapes control characters so a feed cannot ping the channel', () => {
    expect(toSlackMrkdwn(plain('Tonight <!channel> & <@U123> <https://evil.example|click>'))).toBe(
      'Tonight &lt;!channel&gt; &amp; &lt;@U123&gt; &lt;https://evil.example|click&gt;',
    );
  });
  it('breaks bare @here, @channel and @everyone', () => {
    const out = toSlackMrkdwn(plain('hey @here and @channel and @Everyone'));
    expect(out).not.toMatch(/@(here|channel|everyone)\b/i);
    expect(out).toContain('@\u2060here');
  });
  it('keeps a link label from closing the link early', () => {
    expect(toSlackMrkdwn('[a|b](https://x.example/)')).toBe('<https://x.example/|a¦b>');
  });
});
