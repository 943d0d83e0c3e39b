/** A weekly meeting, as Harbour holds it whatever feed it came from. */

/** How one can attend: `inactive` is a venue temporarily closed with no online way in. */
export type Attendance = 'in_person' | 'online' | 'hybrid' | 'inactive';

export type Meeting = {
  id: number;
  source: string;
  sourceId: string;
  /** Fellowship code: AA, NA, CA… */
  fellowship: string;
  name: string;
  /** ISO weekday in the meeting's own zone: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Start, in minutes after local midnight. */
  start: number;
  /** Length in minutes. */
  duration: number;
  /** IANA zone the times are in. */
  timezone: string;
  /** The feed's type codes, read with the fellowship's own vocabulary (types.ts). */
  types: string[];
  attendance: Attendance;
  venue: string | null;
  address: string | null;
  postcode: string | null;
  town: string | null;
  region: string | null;
  latitude: number | null;
  longitude: number | null;
  /** Only ever a link to a known meeting provider (online-link.ts). */
  onlineUrl: string | null;
  onlinePhone: string | null;
  notes: string | null;
  updatedAt: string;
  /** Made-up demo meeting: every reply showing it says so. */
  demo: boolean;
};

/** What finding and ranking need of a meeting: when, where and what kind, without its text. */
export type Listing = Pick<Meeting, 'id' | 'fellowship' | 'weekday' | 'start' | 'timezone' | 'types' | 'attendance' | 'latitude' | 'longitude'> & {
  /** Distance from the point searched, when the directory worked it out (roughly: ranking uses its own). */
  km?: number;
};

/** What a feed parser produces: a meeting before it has a row. */
export type MeetingRecord = Omit<Meeting, 'id' | 'source' | 'updatedAt' | 'demo'>;

/** Whether one can walk in (in person or hybrid). */
export function canAttendInPerson(m: Pick<Meeting, 'attendance'>): boolean {
  return m.attendance === 'in_person' || m.attendance === 'hybrid';
}

/** Whether one can join online (online or hybrid, with a way in). */
export function canJoinOnline(m: Pick<Meeting, 'attendance'>): boolean {
  return m.attendance === 'online' || m.attendance === 'hybrid';
}
