import type { Verdict } from "../criteria/verdict";
import type { ColumnSource } from "../templates/match-columns";
import { compareIssues, type Issue, type IssueCode, type Severity } from "./issue";

/** Where a template's table sits on a sheet and which column holds which field (vị trí bảng). */
export interface TableLocation {
  /** 1-based first and last header rows (a header can span one to three rows). */
  readonly headerTop: number;
  readonly headerBottom: number;
  /** 1-based row of the "(1) (2) (3)" numbering row, when there is one. */
  readonly numberingRow?: number;
  /** 1-based first and last rows that hold data (units, persons, totals). */
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  /** Each recognised column and how it was found (header words, abbreviation, the officer's column map…). */
  readonly columns: readonly { readonly fieldId: string; readonly column: string; readonly header: string; readonly how: ColumnSource }[];
  /** Columns only guessed (position, ambiguous abbreviation): "cần xác nhận", not checked until confirmed. */
  readonly unconfirmedColumns: readonly { readonly fieldId: string; readonly column: string; readonly header: string; readonly how: ColumnSource }[];
  /** Headers the template does not know; kept and mentioned once. */
  readonly unknownColumns: readonly { readonly column: string; readonly header: string }[];
}

/** Counts of issues per severity and per code (thống kê lỗi). */
export interface IssueCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly byCode: Readonly<Partial<Record<IssueCode, number>>>;
}

/** One row's eligibility verdict, for templates that list subjects (persons, households, clans, villages, units). */
export interface RowVerdict {
  /** 1-based sheet row. */
  readonly row: number;
  /** The subject's name as written (họ tên, tên dòng họ, tên thôn, tên đơn vị). */
  readonly subject: string;
  readonly verdict: Verdict;
}

/** The result of checking one sheet (kết quả kiểm tra một trang tính). */
export interface SheetReport {
  readonly sheet: string;
  readonly templateId: string | null;
  readonly table: TableLocation | null;
  /** Report year read from the title lines or a year cell. */
  readonly reportYear: number | null;
  readonly rowsRead: number;
  readonly issues: readonly Issue[];
  readonly counts: IssueCounts;
  readonly verdicts: readonly RowVerdict[];
  /** For the summary form: the models (groups) the sheet holds and those it lacks, by id and label. */
  readonly models?: { readonly held: readonly ModelRef[]; readonly lacking: readonly ModelRef[] };
}

/** A learning model of the summary form, by group id and Vietnamese label. */
export interface ModelRef {
  readonly id: string;
  readonly label: string;
}

/** The result of checking a workbook: every sheet's report and the overall counts. */
export interface WorkbookReport {
  readonly sheets: readonly SheetReport[];
  readonly counts: IssueCounts;
}

/** Counts issues per severity and per code. */
export function countIssues(issues: readonly Issue[]): IssueCounts {
  const byCode: Partial<Record<IssueCode, number>> = {};
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) {
    bySeverity[i.severity] += 1;
    byCode[i.code] = (byCode[i.code] ?? 0) + 1;
  }
  return { ...bySeverity, byCode };
}

/** Combines sheet reports into a workbook report with issues in position order. */
export function workbookReport(sheets: readonly SheetReport[]): WorkbookReport {
  return { sheets, counts: countIssues(sheets.flatMap((s) => s.issues)) };
}

/** Sorts issues into the order every report uses (by row, column, severity, code); returns a new array. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(compareIssues);
}

/** Whether a sheet or file was checked (đã kiểm tra), matched no template (chưa kiểm tra được) or held nothing. */
export type CheckStatus = "checked" | "unchecked" | "empty";

/** A sheet's status: checked when a template was recognised; never "passed" when nothing was checked. */
export function sheetStatus(s: SheetReport): CheckStatus {
  if (s.templateId !== null) return "checked";
  return s.issues.some((i) => i.code === "sheet-empty") ? "empty" : "unchecked";
}

/** A workbook's status: checked when any sheet was checked, unchecked when a non-empty sheet matched no template. */
export function workbookStatus(r: WorkbookReport): CheckStatus {
  const all = r.sheets.map(sheetStatus);
  if (all.includes("checked")) return "checked";
  return all.includes("unchecked") ? "unchecked" : "empty";
}

/** The sheets of a workbook that matched no template (shown as "Chưa kiểm tra được" beside the checked ones). */
export function uncheckedSheets(r: WorkbookReport): SheetReport[] {
  return r.sheets.filter((s) => sheetStatus(s) === "unchecked");
}
