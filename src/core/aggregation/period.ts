/** Which unit list a report uses: "before" the 2025-07-01 merger (province → district → commune) or "after" it (province → commune). */
export type Period = "before" | "after";

/** A calendar date as plain numbers (the core never reads the clock). */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The day Yên Bái and Lào Cai merged into the new Lào Cai province and the district level ended. */
export const MERGER_DATE: CalendarDate = { year: 2025, month: 7, day: 1 };

/** The period of a report dated on the given day: "after" from 2025-07-01 on. */
export function periodOf(reportDate: CalendarDate): Period {
  const { year, month, day } = reportDate;
  if (year !== MERGER_DATE.year) return year > MERGER_DATE.year ? "after" : "before";
  if (month !== MERGER_DATE.month) return month > MERGER_DATE.month ? "after" : "before";
  return day >= MERGER_DATE.day ? "after" : "before";
}

/**
 * The period of a report known only by its year: 2026 on is "after", 2024 and earlier "before", and 2025 counts as
 * "after" because the year-end report of 2025 is made and sent after the merger (a 6-month 2025 report dated before
 * 2025-07-01 should use `periodOf` with its date instead).
 */
export function periodOfYear(year: number): Period {
  return year >= MERGER_DATE.year ? "after" : "before";
}
