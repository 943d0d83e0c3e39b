/** How one attends a meeting, from what the feed says: the rule the 12 Step Meeting List's UI uses. */
import type { Attendance } from '../core/meetings/meeting.ts';

/**
 * `inPerson`: the venue is open and the address is real (not approximate, not closed).
 * `online`: there is a link to a known provider or a dial-in number.
 * A temporarily closed venue is therefore never offered as in person.
 */
export function attendanceOf(inPerson: boolean, online: boolean): Attendance {
  if (inPerson && online) return 'hybrid';
  if (online) return 'online';
  if (inPerson) return 'in_person';
  return 'inactive';
}
