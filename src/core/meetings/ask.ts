/** A meeting search as the member asked it, kept between messages while Harbour asks where. */
import type { DayWanted } from '../understand/entities/day.ts';
import type { MeetingWants } from '../understand/entities/meeting-wants.ts';
import type { TimeWanted } from '../understand/entities/time.ts';

export type MeetingAsk = { fellowships: string[]; day: DayWanted | null; time: TimeWanted | null; wants: MeetingWants };

/** The meetings last shown, for "more": ids with their distance in km, and where the next page starts. */
export type ShownMeetings = { items: [number, number | null][]; next: number; at: string };
