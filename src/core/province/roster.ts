import type { CalendarDate } from "../aggregation/period";
import type { Deadline, ProvinceProfile, Roster } from "./profile.schema";

const iso = (d: CalendarDate): string => `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

/** The roster in force on a day (danh sách đơn vị phải báo cáo), or null when no period covers it. */
export function rosterOn(profile: ProvinceProfile, day: CalendarDate): Roster | null {
  const d = iso(day);
  return profile.rosters.find((r) => (r.from === null || r.from <= d) && (r.to === null || d <= r.to)) ?? null;
}

/** The roster of a report year: the units in force on 31 December of that year (a year-end report). */
export function rosterForYear(profile: ProvinceProfile, year: number): Roster | null {
  return rosterOn(profile, { year, month: 12, day: 31 });
}

/** A deadline placed on the calendar for one data year, with the days left from today (negative when past). */
export interface DatedDeadline {
  readonly deadline: Deadline;
  readonly date: CalendarDate;
  readonly daysLeft: number;
}

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm), so the core needs no Date object.
function dayNumber(d: CalendarDate): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Whole days from one date to another (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

function lastDay(year: number, month: number): number {
  return daysBetween({ year, month, day: 1 }, month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 });
}

/** Every deadline of a data year, earliest first, with days left from today (28 Feb stays valid in any year). */
export function deadlinesOfYear(profile: ProvinceProfile, dataYear: number, today: CalendarDate): DatedDeadline[] {
  return profile.deadlines
    .map((deadline) => {
      const year = dataYear + deadline.yearOffset;
      const date = { year, month: deadline.month, day: Math.min(deadline.day, lastDay(year, deadline.month)) };
      return { deadline, date, daysLeft: daysBetween(today, date) };
    })
    .sort((a, b) => a.daysLeft - b.daysLeft);
}

/** The next deadline of a data year still ahead of today (or today), or null when all have passed. */
export function nextDeadline(profile: ProvinceProfile, dataYear: number, today: CalendarDate): DatedDeadline | null {
  return deadlinesOfYear(profile, dataYear, today).find((d) => d.daysLeft >= 0) ?? null;
}
