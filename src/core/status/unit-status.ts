import type { WorkbookReport } from "../validation/report";
import type { UnitSource } from "./reporting-unit";
import type { Placement } from "./place-unit";
import type { ReceiptCheck } from "./receipt";

/** The status of a roster unit (tình trạng nộp báo cáo), worst file first. */
export type UnitStatus = "submitted" | "errors" | "unchecked" | "unreadable" | "missing";

/** The status of one file: as a unit's, without "missing". */
export type FileStatus = Exclude<UnitStatus, "missing">;

/** Every status, in the order the list and the summary show them. */
export const UNIT_STATUSES: readonly UnitStatus[] = ["submitted", "errors", "unchecked", "unreadable", "missing"];

/**
 * True when no sheet of a file matched a template (chưa nhận ra biểu mẫu): the one place "unchecked" is derived, from
 * the sheets' templateId, until the reports carry that status themselves.
 */
export function isUnchecked(report: WorkbookReport): boolean {
  return report.sheets.every((s) => s.templateId === null);
}

/** A file's status from its report: unreadable without one, unchecked when no template matched, else by its errors. */
export function fileStatus(report: WorkbookReport | undefined): FileStatus {
  if (report === undefined) return "unreadable";
  if (isUnchecked(report)) return "unchecked";
  return report.counts.error > 0 ? "errors" : "submitted";
}

// A unit with several files shows the one that needs the officer most: errors, then unreadable, then unchecked.
const RANK: Readonly<Record<FileStatus, number>> = { errors: 3, unreadable: 2, unchecked: 1, submitted: 0 };

/** The status of a unit from its files' statuses: "missing" without files, else the file status that needs most work. */
export function unitStatusOf(files: readonly FileStatus[]): UnitStatus {
  if (files.length === 0) return "missing";
  return files.reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
}

/** One file as the status list shows it (tệp đã nộp). */
export interface StatusFile {
  readonly path: string;
  readonly status: FileStatus;
  readonly errors: number;
  readonly warnings: number;
  /** The problem of an unreadable file, already phrased. */
  readonly problem?: string;
  /** Report year read from the file, when any. */
  readonly year: number | null;
  readonly placement: Placement;
  /** Where the unit was read from; absent when no unit was found. */
  readonly source?: UnitSource;
  /** The unit name as the file wrote it. */
  readonly unitText?: string;
  readonly receipt: ReceiptCheck;
}
