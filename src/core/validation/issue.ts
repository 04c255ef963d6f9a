/** How serious an issue is (mức độ): errors block submission, warnings should be looked at, info is for reading. */
export type Severity = "error" | "warning" | "info";

/**
 * Every validation issue code (mã lỗi). Codes are stable kebab-case ids that appear in exported reports: never rename
 * one; add a new code instead. Each needs a message in messages/vi.ts and messages/en.ts (the switch is exhaustive).
 */
export const ISSUE_CODES = [
  // sheet and template
  "sheet-empty",
  "no-template-match",
  "unknown-column",
  "no-data-rows",
  "second-table",
  "report-year-missing",
  "report-year-future",
  // single cells
  "required-missing",
  "excel-error",
  "number-invalid",
  "number-ambiguous",
  "number-as-text",
  "count-not-whole",
  "count-negative",
  "value-out-of-range",
  "boolean-invalid",
  "choice-invalid",
  "text-not-nfc",
  "text-legacy-encoding",
  // within a row
  "recognised-exceeds-registered",
  "registered-exceeds-total",
  "recognised-exceeds-total",
  "rate-mismatch",
  "rate-wrong-denominator",
  "rate-over-100",
  "rate-zero-total",
  "points-total-mismatch",
  "birth-year-implausible",
  "result-disagrees",
  "result-missing",
  // across rows
  "duplicate-unit",
  "duplicate-person",
  "duplicate-household",
  "ordinal-sequence",
  "totals-mismatch",
  "totals-rate-averaged",
  "subtotal-mismatch",
  // administrative units
  "unit-unknown",
  "unit-near-miss",
  "unit-spelling-variant",
  "unit-wrong-district",
  "unit-merged",
  "unit-out-of-scope",
  "unit-not-in-year",
  "unit-ambiguous",
  "unit-code-mismatch",
  // targets
  "below-target",
  // reading
  "merges-unread",
  // learning-unit levels and criteria (issue #16)
  "unit-level-missing",
  "unit-level-ended",
  "association-status-blank",
  "recognition-expired",
  "recognition-too-early",
  "unit-layout-mismatch",
  // real workbooks (#12)
  "birth-year-impossible",
  "column-unconfirmed",
  // the TT 25 commune self-assessment table (one row per criterion and indicator)
  "indicator-unknown",
  "indicator-duplicate",
  "indicator-missing",
  "self-assessment-invalid",
  "self-assessment-blank",
  "commune-name-missing",
  "level-sought-not-reached",
  "criterion-assessment-disagrees",
] as const;

/** A validation issue code. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** A value safe to carry in a report (an Excel error is carried as its text). */
export type PlainValue = string | number | boolean | null;

/** Where an issue is (vị trí): sheet, A1 address, 1-based row, column letters, and the template field when known. */
export interface IssueLocation {
  readonly sheet: string;
  /** A1 address of the cell, or of the first cell of the row or header for row- and sheet-level issues. */
  readonly address: string;
  /** 1-based sheet row. */
  readonly row: number;
  /** Column letters ("C"). */
  readonly column: string;
  readonly templateId?: string;
  readonly fieldId?: string;
}

/** A proposed change to one cell (đề xuất sửa): `safe` fixes only normalise (same meaning); others are suggestions. */
export interface Fix {
  readonly value: PlainValue;
  readonly safe: boolean;
}

/** A problem found in a sheet (lỗi / cảnh báo), as data: the message is produced from code and params per language. */
export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly where: IssueLocation;
  /** The raw value read from the cell, when the issue is about one cell. */
  readonly input?: PlainValue;
  readonly params: Readonly<Record<string, string | number>>;
  readonly fix?: Fix;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Orders issues by sheet position (row, then column), then severity, then code — the order every report uses. */
export function compareIssues(a: Issue, b: Issue): number {
  if (a.where.sheet !== b.where.sheet) return a.where.sheet < b.where.sheet ? -1 : 1;
  if (a.where.row !== b.where.row) return a.where.row - b.where.row;
  if (a.where.column.length !== b.where.column.length) return a.where.column.length - b.where.column.length;
  if (a.where.column !== b.where.column) return a.where.column < b.where.column ? -1 : 1;
  const s = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (s !== 0) return s;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}
