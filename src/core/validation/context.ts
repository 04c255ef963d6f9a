import type { CriteriaSet } from "../criteria";
import type { ColumnMap } from "../templates/column-map";

/** A calendar date without a clock (ngày), as the report date or "today" passed in by an entry. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** What a check needs to know besides the sheet (bối cảnh kiểm tra): all of it passed in, nothing read from a clock. */
export interface ValidationContext {
  /** Today's date, for "report year in the future" and the period of an undated report. */
  readonly today: CalendarDate;
  /** The report year chosen in settings; when absent it is read from the sheet's title lines. */
  readonly reportYear?: number;
  /** Province code of the report's scope ("15"); old Lào Cai reports before 2025-07 use "10". */
  readonly scopeProvinceCode?: string;
  /** Criteria sets that override the built-in ones (from a province file or the workbook's criteria sheet). */
  readonly criteriaSets?: readonly CriteriaSet[];
  /** National or provincial targets in percent per group id, overriding the built-in ones. */
  readonly targets?: Readonly<Record<string, number>>;
  /** Column maps the officer confirmed ("Ghép cột") or a province's template file holds: a sheet they fit follows them. */
  readonly columnMaps?: readonly ColumnMap[];
}
