/**
 * Online meeting links are shown only when they point at a known meeting provider, the
 * 12 Step Meeting List's allow-list, so a feed can never send members to an arbitrary site.
 */
const PROVIDERS = [
  'bluejeans.com',
  'discord.gg',
  'freeconference.com',
  'freeconferencecall.com',
  'goto.com',
  'gotomeet.me',
  'gotomeeting.com',
  'meet.google.com',
  'meet.jit.si',
  'meetings.dialpad.com',
  'signal.group',
  'skype.com',
  'teams.live.com',
  'teams.microsoft.com',
  'webex.com',
  'zoho.com',
  'zoom.us',
  'zoom.com',
];

/** The link as https, when it is on a known provider's domain; otherwise null. */
export function allowedMeetingLink(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.port) return null;
  const host = url.hostname.toLowerCase();
  if (!PROVIDERS.some((p) => host === p || host.endsWith(`.${p}`))) return null;
  // Every provider on the list serves https; members only ever get the secure link.
  url.protocol = 'https:';
  return url.toString().replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** A dial-in number, if it has enough digits to be one. */
export function meetingPhone(raw: string | null | undefined): string | null {
  const phone = raw?.trim().replace(/\s+/g, ' ').slice(0, 120);
  return phone && (phone.match(/\d/g)?.length ?? 0) >= 6 ? phone : null;
}
