import type ExcelJS from "exceljs";
import { a1, columnLetter } from "../../core/grid/a1";
import type { CellRange } from "../../core/grid/grid";
import type { SheetSpec, SpecValidation, SpecValue } from "../../core/templates/sheet-spec";
import { LINK_FONT, ROLE_STYLES } from "./write-styles";

function rangeRef(r: CellRange): string {
  return r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

/** A cell value for exceljs: a formula object, or the constant itself — text stays text even when it starts with "=". */
function toExcelJs(v: SpecValue): ExcelJS.CellValue {
  if (v !== null && typeof v === "object") return { formula: v.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
  return v;
}

function excelText(s: string): string {
  return s.replace(/"/g, '""');
}

/** Excel data validation with a Vietnamese stop message; list items go inline (Excel allows 255 characters). */
function validationOf(rule: SpecValidation): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: "stop", errorTitle: "Giá trị không hợp lệ", error: rule.message } as const;
  switch (rule.kind) {
    case "whole":
      return rule.max === undefined
        ? { ...common, type: "whole", operator: "greaterThanOrEqual", formulae: [rule.min] }
        : { ...common, type: "whole", operator: "between", formulae: [rule.min, rule.max] };
    case "decimal":
      return { ...common, type: "decimal", operator: "between", formulae: [rule.min, rule.max] };
    case "list":
      return { ...common, type: "list", formulae: [`"${rule.items.map((i) => i.replace(/[",]/g, " ")).join(",").slice(0, 253)}"`] };
  }
}

/** Internal link target as Excel's HYPERLINK wants it: "#Sheet!A1", quoting the sheet name when needed. */
function linkTarget(target: string): string {
  const t = target.replace(/^#/, "");
  const bang = t.lastIndexOf("!");
  if (bang < 0) return `#${t}`;
  const sheet = t.slice(0, bang);
  const quoted = /^'.*'$/.test(sheet) || /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `#${quoted}${t.slice(bang)}`;
}

function writeSheet(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  const width = spec.rows.reduce((w, r) => Math.max(w, r.length), Math.max(spec.columnWidths.length, 1));
  spec.rows.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    const role = ROLE_STYLES[spec.rowStyles[r] ?? "data"];
    const n = role.fullWidth ? width : values.length;
    for (let c = 0; c < n; c++) {
      const v = values[c] ?? null;
      if (v === null && !role.fullWidth && !(role.border && c < values.length)) continue;
      const cell = row.getCell(c + 1);
      if (v !== null) cell.value = toExcelJs(v);
      if (role.font) cell.font = role.font;
      if (role.alignment) cell.alignment = role.alignment;
      if (role.border) cell.border = role.border;
      if (role.fill) cell.fill = role.fill;
    }
  });
  for (const m of spec.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const { range, format } of spec.numberFormats) {
    for (let r = range.top; r <= range.bottom; r++) {
      const row = ws.getRow(r + 1);
      for (let c = range.left; c <= range.right; c++) row.getCell(c + 1).numFmt = format;
    }
  }
  // exceljs 4.4 has `dataValidations` on worksheets but leaves it out of its type declarations.
  const validations = (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const { range, rule } of spec.validations) validations.add(rangeRef(range), validationOf(rule));
  spec.columnWidths.forEach((w, c) => {
    if (w > 0) ws.getColumn(c + 1).width = w;
  });
  if (spec.freezeRows > 0) ws.views = [{ state: "frozen", xSplit: 0, ySplit: spec.freezeRows, topLeftCell: `A${spec.freezeRows + 1}` }];
  for (const [key, target] of Object.entries(spec.links ?? {})) {
    const [r, c] = key.split(",").map(Number);
    if (!Number.isInteger(r) || !Number.isInteger(c) || r < 0 || c < 0) continue;
    const cell = ws.getCell(`${columnLetter(c)}${r + 1}`);
    const shown = spec.rows[r]?.[c];
    const text = shown === null || shown === undefined || typeof shown === "object" ? target : String(shown);
    // A HYPERLINK formula jumps inside the workbook in Excel, Excel on the web and LibreOffice alike, and its cached
    // result keeps the text for readers that do not calculate.
    cell.value = { formula: `HYPERLINK("${excelText(linkTarget(target))}","${excelText(text)}")`, result: text } as ExcelJS.CellFormulaValue;
    cell.font = { ...(cell.font ?? {}), ...LINK_FONT };
  }
}

/**
 * Renders sheet specs to .xlsx bytes with exceljs (ghi sổ bảng tính): values and formulas, merges, row styles,
 * number formats, data validation, column widths, frozen header rows and internal links.
 */
export async function writeWorkbook(sheets: SheetSpec[], meta: { creator?: string; title?: string } = {}): Promise<Uint8Array> {
  // Loaded when first needed: exceljs takes ~0.3 s to load, which every `xhht check` (which never writes) paid.
  const { default: excel } = await import(/* webpackMode: "eager" */ "exceljs");
  const wb = new excel.Workbook();
  wb.creator = meta.creator ?? "XHHT";
  if (meta.title) wb.title = meta.title;
  // A fixed date keeps output reproducible; the workbook's own content carries the report date.
  wb.created = new Date(Date.UTC(2000, 0, 1));
  wb.modified = wb.created;
  for (const spec of sheets) writeSheet(wb.addWorksheet(spec.name), spec);
  const buf = await wb.xlsx.writeBuffer();
  // A copy of exactly these bytes, so callers may transfer `.buffer` (a Node Buffer can share a larger pool).
  return new Uint8Array(buf as unknown as Uint8Array);
}
