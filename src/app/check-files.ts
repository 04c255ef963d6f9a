import type { Grid } from "../core/grid/grid";
import { STATE_KEYS, type StoredState } from "../core/ports/workbook-port";
import { BUILTIN_TEMPLATES } from "../core/templates/builtin";
import { parseTemplateFile, type ColumnMap } from "../core/templates/column-map";
import type { Result } from "../core/result";
import type { ValidationContext } from "../core/validation/context";
import { workbookStatus, type CheckStatus, type WorkbookReport } from "../core/validation/report";
import { readSummaryData, type SummaryData } from "../core/validation/summary-data";
import { validateWorkbook } from "../core/validation/validate";
import { unitFromTitles } from "../core/status/reporting-unit";
import { verifyReceipt, type ReceiptCheck } from "../core/status/receipt";

/** A workbook file read into grids by an adapter (tệp đã đọc). */
export interface ReadWorkbook {
  readonly fileName: string;
  readonly sheets: readonly Grid[];
  /** The add-in's workbook settings found in the file (keys `xhht.*`), when the reader could read them. */
  readonly state?: StoredState;
}

/** Why a file could not be read, already phrased for the officer by the adapter. */
export interface FileProblem {
  readonly code: string;
  readonly message: string;
}

/** The port that reads one file; adapters (exceljs in Node or the browser) implement it. */
export type ReadFile<F> = (file: F) => Promise<Result<ReadWorkbook, FileProblem>>;

/** One file's outcome (kết quả một tệp): its report and summary numbers, or the reason it could not be read. */
export interface FileCheck {
  readonly path: string;
  readonly ok: boolean;
  readonly error?: FileProblem;
  readonly report?: WorkbookReport;
  readonly summaries: readonly SummaryData[];
  /** Problems of the column maps stored in the file (then left unused), in Vietnamese. */
  readonly mapProblems?: readonly string[];
  /** The reporting unit named in the title lines ("UBND xã …", "Đơn vị báo cáo: …"), when any. */
  readonly titleUnit?: string | null;
  /** What the file's check receipt says about its data now. */
  readonly receipt?: ReceiptCheck;
}

/**
 * The column maps saved inside a workbook ("Ghép cột", key STATE_KEYS.columnMaps), read from the state a reader found
 * in the file: the maps, or the Vietnamese problems of a damaged entry (no maps then).
 */
export function storedColumnMaps(state: StoredState | undefined): { maps: readonly ColumnMap[]; problems: readonly string[] } {
  const text = state?.[STATE_KEYS.columnMaps];
  if (text === undefined || text.trim() === "") return { maps: [], problems: [] };
  const parsed = parseTemplateFile(text, BUILTIN_TEMPLATES);
  return parsed.ok ? { maps: parsed.value.maps, problems: [] } : { maps: [], problems: parsed.error.map((e) => `Bản ghép cột lưu trong tệp: ${e}`) };
}

/**
 * Checks one workbook already read: the validation report and the numbers of its summary sheets. The column maps saved
 * in the workbook (wb.state) come first, then those of the context (a province's template file). With
 * `summaries: false` the numbers and the title unit are not read (a check that only reports issues).
 */
export function checkWorkbook(path: string, wb: ReadWorkbook, baseCtx: ValidationContext, opts: { readonly summaries?: boolean } = {}): FileCheck {
  const stored = storedColumnMaps(wb.state);
  const ctx: ValidationContext = stored.maps.length > 0 ? { ...baseCtx, columnMaps: [...stored.maps, ...(baseCtx.columnMaps ?? [])] } : baseCtx;
  const report = validateWorkbook(wb.sheets, ctx);
  // `summaries: false` (xhht check, which prints neither): only the report and the receipt, no numbers, no title unit.
  if (opts.summaries === false) return { path, ok: true, report, summaries: [], receipt: verifyReceipt(wb.state?.[STATE_KEYS.receipt], wb.sheets), ...(stored.problems.length > 0 ? { mapProblems: stored.problems } : {}) };
  const summaries = wb.sheets
    .filter((g, i) => report.sheets[i]?.templateId === "tong-hop-mo-hinh")
    .map((g) => readSummaryData(g, ctx))
    .filter((s): s is SummaryData => s !== null);
  const tops = report.sheets.map((s) => s.table?.headerTop ?? null);
  const titleUnit = summaries.find((s) => s.reportingUnit !== null)?.reportingUnit ?? unitFromTitles(wb.sheets, tops);
  return {
    path,
    ok: true,
    report,
    summaries,
    titleUnit,
    receipt: verifyReceipt(wb.state?.[STATE_KEYS.receipt], wb.sheets),
    ...(stored.problems.length > 0 ? { mapProblems: stored.problems } : {}),
  };
}

/** A file's status: unreadable, or checked only when at least one sheet followed a template (never "passed" else). */
export function fileStatus(c: FileCheck): CheckStatus | "unreadable" {
  return !c.ok || !c.report ? "unreadable" : workbookStatus(c.report);
}

/**
 * Checks many files one after another (kiểm tra nhiều tệp): a file that cannot be read, or that breaks the checker,
 * becomes a failed entry and the others go on. `onProgress` is told after each file.
 */
export async function checkFiles<F>(
  files: readonly F[],
  pathOf: (f: F) => string,
  read: ReadFile<F>,
  ctx: ValidationContext,
  onProgress?: (done: number, total: number, last: FileCheck) => void,
): Promise<FileCheck[]> {
  const out: FileCheck[] = [];
  for (const f of files) {
    const path = pathOf(f);
    let result: FileCheck;
    try {
      const wb = await read(f);
      result = wb.ok ? checkWorkbook(path, wb.value, ctx) : { path, ok: false, error: wb.error, summaries: [] };
    } catch {
      result = { path, ok: false, error: { code: "check-failed", message: `Không kiểm tra được tệp "${path}" do lỗi bất ngờ; các tệp khác vẫn được kiểm tra.` }, summaries: [] };
    }
    out.push(result);
    onProgress?.(out.length, files.length, result);
  }
  return out;
}
