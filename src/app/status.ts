import type { ValidationContext } from "../core/validation/context";
import { unitFromTitles, unitWordsFromFileName, type StatusInput } from "../core/status";
import { checkWorkbook, type ReadFile } from "./check-files";
import { verifyWorkbookReceipt } from "./receipt";

/** Reads what the status list needs of one workbook already read: its check, reporting unit clues and receipt. */
export function statusInputOf(path: string, wb: Parameters<typeof verifyWorkbookReceipt>[0], ctx: ValidationContext): StatusInput {
  const check = checkWorkbook(path, wb, ctx);
  const tops = wb.sheets.map((_, i) => check.report?.sheets[i]?.table?.headerTop ?? null);
  const summaryUnit = check.summaries.find((s) => s.reportingUnit !== null)?.reportingUnit ?? null;
  return {
    path,
    ...(check.report ? { report: check.report } : {}),
    titleUnit: summaryUnit ?? unitFromTitles(wb.sheets, tops),
    fileNameWords: unitWordsFromFileName(path),
    receipt: verifyWorkbookReceipt(wb),
  };
}

/**
 * Reads and checks files one after another for the status list; an unreadable file, or one that breaks the checker,
 * is kept as unreadable (placed by its file name) and the others go on.
 */
export async function collectStatusInputs<F>(
  files: readonly F[],
  pathOf: (f: F) => string,
  read: ReadFile<F>,
  ctx: ValidationContext,
  onProgress?: (done: number, total: number) => void,
): Promise<StatusInput[]> {
  const out: StatusInput[] = [];
  for (const f of files) {
    const path = pathOf(f);
    const unreadable = (problem: string): StatusInput => ({ path, problem, titleUnit: null, fileNameWords: unitWordsFromFileName(path), receipt: { kind: "none" } });
    try {
      const wb = await read(f);
      out.push(wb.ok ? statusInputOf(path, wb.value, ctx) : unreadable(wb.error.message));
    } catch {
      out.push(unreadable(`Không kiểm tra được tệp "${path}" do lỗi bất ngờ; các tệp khác vẫn được kiểm tra.`));
    }
    onProgress?.(out.length, files.length);
  }
  return out;
}
