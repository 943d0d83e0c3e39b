/** The platform-neutral messages every channel translates to and from (DESIGN.md). */

export type Channel = 'telegram' | 'slack' | 'console';

/** One thing a member did: typed text, shared a location or pressed a button. */
export type Inbound = {
  channel: Channel;
  /** Platform user id, scoped: 'tg:123', 'slack:T1:U9', 'console:alice'. */
  user: string;
  /** Where to answer. */
  chat: string;
  text?: string;
  location?: { lat: number; lon: number };
  /** Payload of a pressed button. */
  action?: string;
  /** IANA zone when the platform knows it (Slack does). */
  timezone?: string;
};

export type Button = { label: string; action: string };

/** One message back. `text` uses a tiny markup (**bold**, [label](url)) that adapters escape and render. */
export type Reply = {
  text: string;
  buttons?: Button[][];
  askLocation?: boolean;
  /** A place to show on a map (a meeting's venue); platforms that can, send it as a venue. */
  venue?: { latitude: number; longitude: number; title: string; address: string };
  /** A file to send: text as is, or binary (an image) as base64. */
  file?: { name: string; mime: string; content: string; encoding?: 'base64' };
};

/** Whether a scoped id is a shared space (a Telegram group's own id, "tg:chat:-100…") rather than one person. */
export function isSharedSpace(user: string): boolean {
  return /^[a-z]+:chat:/.test(user);
}
