import type { Requirements, WorkbookPort } from "../../core/ports/workbook-port";
import { hasExcelApi } from "../../core/ports/workbook-port";
import { OfficePortError, officeFailure } from "../../core/ports/office-errors";
import { readCells, writeCells } from "./cell-values";
import { upsertChart } from "./charts";
import { applyMarks, clearMarks, readFills } from "./marks";
import { guarded, type OfficeAdapterOptions } from "./office-run";
import { readSheetBlocks } from "./read-sheet";
import { writeSheetSpec } from "./sheet-writer";
import { loadState, saveState } from "./workbook-state";

/** Highest ExcelApi 1.x minor version the adapter asks about. */
const MAX_MINOR = 20;

/** The ExcelApi 1.x sets this Excel supports. */
export function detectRequirements(isSetSupported: OfficeAdapterOptions["isSetSupported"]): Requirements {
  const excelApi: number[] = [];
  for (let m = 1; m <= MAX_MINOR; m++) if (isSetSupported("ExcelApi", `1.${m}`)) excelApi.push(m);
  return { excelApi };
}

/** The workbook port over Excel.run (or the Excel fake's run). */
export function createOfficeWorkbook(opts: OfficeAdapterOptions): WorkbookPort {
  const { run } = opts;
  let cached: Requirements | null = null;
  const req = (): Requirements => (cached ??= detectRequirements(opts.isSetSupported));
  return {
    listSheets: () =>
      guarded(run, async (ctx) => {
        const sheets = ctx.workbook.worksheets.load("items/name");
        await ctx.sync();
        return sheets.items.map((s) => s.name);
      }),
    activeSheetName: () =>
      guarded(run, async (ctx) => {
        const ws = ctx.workbook.worksheets.getActiveWorksheet().load("name");
        await ctx.sync();
        return ws.name;
      }),
    readSheet: (name, onProgress) => readSheetBlocks(run, name, { budget: opts.blockBudgetBytes, merges: hasExcelApi(req(), 13) }, onProgress),
    selectCell: (sheet, address) =>
      guarded(
        run,
        async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem(sheet).load("visibility");
          await ctx.sync();
          // Excel cannot activate a hidden sheet; say so instead of failing, and never unhide it unasked.
          if (ws.visibility !== "Visible") throw new OfficePortError(officeFailure("office-sheet-hidden", sheet));
          ws.activate();
          ws.getRange(address).select();
          await ctx.sync();
        },
        sheet,
      ),
    readFormats: (sheet, addresses) => readFills(run, req(), sheet, addresses),
    applyMarks: (marks, sheets) => applyMarks(run, req(), marks, sheets),
    clearMarks: (sheets) => clearMarks(run, req(), sheets),
    readValues: (sheet, addresses) => readCells(run, sheet, addresses),
    writeValues: (changes) => writeCells(run, changes),
    addSheet: (spec) => writeSheetSpec(run, req(), spec, false),
    replaceSheet: (spec) => writeSheetSpec(run, req(), spec, true),
    upsertChart: (sheet, anchor, spec) => upsertChart(run, req(), sheet, anchor, spec),
    loadState: (key) => loadState(run, key),
    saveState: (key, json) => saveState(run, key, json),
    requirements: async () => req(),
  };
}
