import { a1, columnLetter } from "../../core/grid/a1";
import { officeFailure, OfficePortError, officeMessage, type OfficeWarning } from "../../core/ports/office-errors";
import type { Requirements, WriteOutcome } from "../../core/ports/workbook-port";
import { hasExcelApi } from "../../core/ports/workbook-port";
import type { SheetSpec, SpecStyle, SpecValidation, SpecValue } from "../../core/templates/sheet-spec";
import { needsTextFormat } from "./escape-text";
import { guarded, type ExcelRun } from "./office-run";
import { BYTES_PER_CALL, REQUEST_BUDGET_BYTES, inHalvingChunks, itemsWithin, jsonBytes, rangeAt, syncInBudget, type QueuedOp } from "./request-budget";

/** Points per character of column width (Calibri 11 is about 7 pixels ≈ 5.25 points a character, plus padding). */
const POINTS_PER_CHAR = 5.6;

function style(range: Excel.Range, s: SpecStyle): void {
  const f = range.format;
  switch (s) {
    case "title":
      f.font.bold = true;
      f.font.size = 14;
      return;
    case "subtitle":
    case "note":
      f.font.italic = true;
      return;
    case "header":
      f.font.bold = true;
      f.fill.color = "#DDEBF7";
      f.wrapText = true;
      f.horizontalAlignment = "Center";
      f.verticalAlignment = "Center";
      return;
    case "numbering":
      f.font.italic = true;
      f.horizontalAlignment = "Center";
      return;
    case "totals":
      f.font.bold = true;
      return;
    case "data":
      return;
  }
}

function validationRule(v: SpecValidation): Excel.DataValidationRule {
  if (v.kind === "list") return { list: { inCellDropDown: true, source: v.items.join(",") } };
  const basic = v.kind === "whole" && v.max === undefined ? { formula1: v.min, operator: "GreaterThanOrEqualTo" } : { formula1: v.min, formula2: v.max, operator: "Between" };
  return v.kind === "whole" ? { wholeNumber: basic as Excel.BasicDataValidation } : { decimal: basic as Excel.BasicDataValidation };
}

/** One block's values, number formats and formulas; text that Excel would reinterpret gets "@". */
function blockMatrices(spec: SheetSpec, top: number, n: number, width: number) {
  const values: (string | number | boolean | null)[][] = [];
  const formats: string[][] = [];
  const formulas: { row: number; col: number; formula: string }[] = [];
  for (let i = 0; i < n; i++) {
    const r = top + i;
    const vrow: (string | number | boolean | null)[] = [];
    const frow: string[] = [];
    for (let c = 0; c < width; c++) {
      const v: SpecValue = spec.rows[r]?.[c] ?? null;
      const fmt = spec.numberFormats.find((x) => r >= x.range.top && r <= x.range.bottom && c >= x.range.left && c <= x.range.right)?.format ?? "General";
      if (v !== null && typeof v === "object") {
        formulas.push({ row: r, col: c, formula: v.formula.startsWith("=") ? v.formula : `=${v.formula}` });
        vrow.push(null);
        frow.push(fmt);
      } else {
        vrow.push(v ?? "");
        frow.push(typeof v === "string" && needsTextFormat(v) ? "@" : fmt);
      }
    }
    values.push(vrow);
    formats.push(frow);
  }
  return { values, formats, formulas };
}

/** Writes a SheetSpec to a new sheet (replacing a sheet of that name when `replace`); features this Excel lacks are skipped with a warning. */
export async function writeSheetSpec(run: ExcelRun, req: Requirements, spec: SheetSpec, replace: boolean): Promise<WriteOutcome> {
  const warnings: OfficeWarning[] = [];
  const skip = (what: string) => warnings.push({ code: "office-requirement-missing", message: officeMessage("office-requirement-missing", what) });
  await guarded(
    run,
    async (ctx) => {
      const old = ctx.workbook.worksheets.getItemOrNullObject(spec.name);
      await ctx.sync();
      if (!old.isNullObject) {
        if (!replace) throw new OfficePortError(officeFailure("office-sheet-exists", spec.name));
        old.delete();
      }
      const ws = ctx.workbook.worksheets.add(spec.name);
      // Its own sync, so a data block halved and queued again never repeats the delete and add.
      await ctx.sync();
      const width = Math.max(1, ...spec.rows.map((r) => r.length));
      // Each data block is sized from its rows' measured JSON (values and formats), halved if Excel still refuses it.
      const rowBytes = (r: number) => BYTES_PER_CALL / 8 + 2 * jsonBytes(spec.rows[r] ?? []) + width * 8;
      await inHalvingChunks(
        spec.rows.length,
        (top) => itemsWithin(spec.rows.length, top, REQUEST_BUDGET_BYTES, rowBytes),
        async (top, n) => {
          const { values, formats, formulas } = blockMatrices(spec, top, n, width);
          const range = rangeAt(ws, top, 0, n, width);
          range.numberFormat = formats;
          range.values = values;
          await ctx.sync();
          await syncInBudget(ctx, formulas.map((f) => ({ bytes: BYTES_PER_CALL + jsonBytes(f.formula), queue: () => void (rangeAt(ws, f.row, f.col, 1, 1).formulas = [[f.formula]]) })));
        },
      );
      const ops: QueuedOp[] = [];
      const op = (bytes: number, queue: () => void) => ops.push({ bytes, queue });
      for (const [row, s] of Object.entries(spec.rowStyles)) op(5 * BYTES_PER_CALL, () => style(rangeAt(ws, Number(row), 0, 1, width), s));
      for (const m of spec.merges) op(BYTES_PER_CALL, () => ws.getRange(`${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).merge(false));
      spec.columnWidths.forEach((w, c) => {
        if (w > 0) op(BYTES_PER_CALL, () => void (ws.getRange(`${columnLetter(c)}1`).format.columnWidth = Math.round(w * POINTS_PER_CHAR)));
      });
      const links = Object.entries(spec.links ?? {});
      if (links.length && !hasExcelApi(req, 7)) skip("liên kết trong bảng (ExcelApi 1.7)");
      else
        for (const [k, ref] of links) {
          const [r, c] = k.split(",").map(Number);
          const text = spec.rows[r]?.[c];
          const hyperlink = { documentReference: ref, textToDisplay: typeof text === "string" ? text : ref };
          op(BYTES_PER_CALL + jsonBytes(hyperlink), () => void (rangeAt(ws, r, c, 1, 1).hyperlink = hyperlink));
        }
      if (spec.freezeRows > 0 && !hasExcelApi(req, 7)) skip("cố định dòng tiêu đề (ExcelApi 1.7)");
      else if (spec.freezeRows > 0) op(BYTES_PER_CALL, () => ws.freezePanes.freezeRows(spec.freezeRows));
      if (spec.validations.length && !hasExcelApi(req, 8)) skip("kiểm tra dữ liệu nhập (ExcelApi 1.8)");
      else
        for (const v of spec.validations) {
          const rule = validationRule(v.rule);
          op(2 * BYTES_PER_CALL + jsonBytes(rule) + jsonBytes(v.rule.message), () => {
            const range = ws.getRange(`${a1(v.range.top, v.range.left)}:${a1(v.range.bottom, v.range.right)}`);
            range.dataValidation.rule = rule;
            range.dataValidation.errorAlert = { message: v.rule.message, showAlert: true, style: "Stop", title: "XHHT" };
          });
        }
      await syncInBudget(ctx, ops);
    },
    spec.name,
  );
  return { warnings };
}
