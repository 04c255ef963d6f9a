import { OfficePortError, officeFailure, isOfficePortError, type OfficeErrorCode } from "../../core/ports/office-errors";

/** Excel.run's shape: in production `Excel.run`, in tests the Excel fake's `run`. */
export type ExcelRun = <T>(fn: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** What the Office adapter is built from. */
export interface OfficeAdapterOptions {
  readonly run: ExcelRun;
  /** In production `(n, v) => Office.context.requirements.isSetSupported(n, v)`. */
  readonly isSetSupported: (name: string, version: string) => boolean;
  /** Upper bound of one block's estimated response (bytes); Excel on the web refuses more than 5 MB. */
  readonly blockBudgetBytes?: number;
}

/** The largest block response the adapter plans for: 3 MB, well under the web's 5 MB limit (blocks are sized from measured bytes ×1.25). */
export const BLOCK_BUDGET_BYTES = 3_000_000;

const BY_EXCEL_CODE: Record<string, OfficeErrorCode> = {
  ItemNotFound: "office-sheet-missing",
  ItemAlreadyExists: "office-sheet-exists",
  ApiNotFound: "office-requirement-missing",
  RequestPayloadSizeLimitExceeded: "office-too-large",
  ResponsePayloadSizeLimitExceeded: "office-too-large",
  PayloadTooLarge: "office-too-large",
  InvalidOperationInCellEditMode: "office-busy",
  ActivityLimitReached: "office-busy",
  Conflict: "office-busy",
};

/** Turns an Office error into a port error with a Vietnamese message; the Excel code is kept as detail only. */
export function toPortError(e: unknown, subject?: string): OfficePortError {
  if (isOfficePortError(e)) return e;
  const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
  return new OfficePortError(officeFailure(BY_EXCEL_CODE[code] ?? "office-sync-failed", subject, code || "exception"));
}

/** Runs a batch and converts any failure into an OfficePortError. */
export async function guarded<T>(run: ExcelRun, fn: (ctx: Excel.RequestContext) => Promise<T>, subject?: string): Promise<T> {
  try {
    return await run(fn);
  } catch (e) {
    throw toPortError(e, subject);
  }
}

/** Splits a list into chunks of at most `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Groups items by a key, keeping first-seen order. */
export function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = m.get(k);
    if (list) list.push(t);
    else m.set(k, [t]);
  }
  return m;
}

/** Cells touched per sync when the adapter works cell by cell (reads of fills, single-cell writes). */
export const CELLS_PER_SYNC = 1000;
