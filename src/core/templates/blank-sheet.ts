import { a1, columnLetter } from "../grid/a1";
import type { CellRange } from "../grid/grid";
import type { CriteriaSet } from "../criteria";
import { blankIndicatorTable } from "./blank-indicator-table";
import type { SheetSpec, SpecStyle, SpecValidation, SpecValue } from "./sheet-spec";
import type { Field, Template } from "./template.schema";

/** What the officer fills in before a blank form is made (năm, đơn vị, số hàng). */
export interface BlankOptions {
  readonly year: number;
  readonly unitName: string;
  readonly rows: number;
  readonly sheetName?: string;
  /** A province's criteria sets (overrides), for forms that list a set's criteria and indicators. */
  readonly sets?: readonly CriteriaSet[];
}

const ROLE_LABEL: Record<string, string> = { total: "Tổng số", registered: "Đăng ký", recognised: "Công nhận", rate: "Tỷ lệ %" };

function validationFor(f: Field): SpecValidation | null {
  if (f.type === "count") return { kind: "whole", min: 0, message: `${f.label}: nhập số nguyên từ 0 trở lên.` };
  if (f.type === "score" || f.type === "points") {
    return { kind: "decimal", min: f.min ?? 0, max: f.max ?? 100, message: `${f.label}: nhập điểm từ ${f.min ?? 0} đến ${f.max ?? 100}.` };
  }
  if (f.type === "rate") return { kind: "decimal", min: 0, max: 100, message: `${f.label}: nhập tỷ lệ từ 0 đến 100.` };
  if (f.type === "boolean") return { kind: "list", items: ["Có", "Không"], message: `${f.label}: chọn Có hoặc Không.` };
  if (f.type === "choice" && f.choices) return { kind: "list", items: f.choices, message: `${f.label}: chọn trong danh sách.` };
  if (f.type === "year") return { kind: "whole", min: 1900, max: 2100, message: `${f.label}: nhập năm 4 chữ số.` };
  return null;
}

const col = (c: number, r0: number, r1: number): CellRange => ({ top: r0, bottom: r1, left: c, right: c });

/** A ready-to-fill sheet for a template (Tạo biểu mẫu): title lines, official headers, formats, validation, formulas. */
export function blankTemplateSheet(t: Template, opts: BlankOptions): SheetSpec {
  if (t.rowKind === "indicator") return blankIndicatorTable(t, opts);
  return t.groups.length > 0 ? blankSummary(t, opts) : blankList(t, opts);
}

function titleRows(t: Template, opts: BlankOptions, width: number): { rows: SpecValue[][]; merges: CellRange[]; styles: Record<number, SpecStyle> } {
  const pad = (v: SpecValue) => [v, ...new Array<SpecValue>(width - 1).fill(null)];
  return {
    rows: [pad(opts.unitName.toUpperCase()), pad(`${t.title.toUpperCase()} NĂM ${opts.year}`), pad(`Đơn vị báo cáo: ${opts.unitName}`)],
    merges: [0, 1, 2].map((r) => ({ top: r, bottom: r, left: 0, right: width - 1 })),
    styles: { 0: "subtitle", 1: "title", 2: "subtitle" },
  };
}

function blankSummary(t: Template, opts: BlankOptions): SheetSpec {
  const roles = ["total", "registered", "recognised", "rate"] as const;
  const width = 2 + t.groups.length * roles.length + 1;
  const head = titleRows(t, opts, width);
  const h1: SpecValue[] = ["STT", "Tên đơn vị (thôn, tổ dân phố / xã, phường)"];
  const h2: SpecValue[] = [null, null];
  const merges: CellRange[] = [...head.merges, col(0, 3, 4), col(1, 3, 4)];
  t.groups.forEach((g, i) => {
    const left = 2 + i * roles.length;
    h1.push(g.label, null, null, null);
    h2.push(...roles.map((r) => ROLE_LABEL[r]));
    merges.push({ top: 3, bottom: 3, left, right: left + roles.length - 1 });
  });
  h1.push("Ghi chú");
  h2.push(null);
  merges.push(col(width - 1, 3, 4));
  const numbering: SpecValue[] = Array.from({ length: width }, (_, i) => `(${i + 1})`);
  const first = 6;
  const last = first + opts.rows - 1;
  const body: SpecValue[][] = [];
  for (let r = first; r <= last; r++) {
    const row: SpecValue[] = [r - first + 1, null];
    t.groups.forEach((_, i) => {
      const left = 2 + i * roles.length;
      const tot = a1(r, left);
      const rec = a1(r, left + 2);
      row.push(null, null, null, { formula: `IF(N(${tot})=0,"",ROUND(${rec}/${tot}*100,1))` });
    });
    row.push(null);
    body.push(row);
  }
  const totals: SpecValue[] = [null, "Tổng cộng"];
  t.groups.forEach((_, i) => {
    const left = 2 + i * roles.length;
    const sum = (c: number) => ({ formula: `SUM(${a1(first, c)}:${a1(last, c)})` });
    const totalsRow = last + 1;
    totals.push(sum(left), sum(left + 1), sum(left + 2), { formula: `IF(N(${a1(totalsRow, left)})=0,"",ROUND(${a1(totalsRow, left + 2)}/${a1(totalsRow, left)}*100,1))` });
  });
  totals.push(null);
  const countCols = t.groups.flatMap((_, i) => [0, 1, 2].map((k) => 2 + i * roles.length + k));
  const rateCols = t.groups.map((_, i) => 2 + i * roles.length + 3);
  return {
    name: opts.sheetName ?? "Biểu tổng hợp",
    rows: [...head.rows, h1, h2, numbering, ...body, totals],
    merges,
    rowStyles: { ...head.styles, 3: "header", 4: "header", 5: "numbering", [last + 1]: "totals" },
    numberFormats: [...countCols.map((c) => ({ range: col(c, first, last + 1), format: "#,##0" })), ...rateCols.map((c) => ({ range: col(c, first, last + 1), format: "0.0" }))],
    validations: countCols.map((c) => ({ range: col(c, first, last), rule: { kind: "whole" as const, min: 0, message: "Nhập số nguyên từ 0 trở lên." } })),
    columnWidths: [6, 32, ...t.groups.flatMap(() => [10, 10, 10, 9]), 20],
    freezeRows: 6,
  };
}

function blankList(t: Template, opts: BlankOptions): SheetSpec {
  const fields = t.fields;
  const width = fields.length;
  const head = titleRows(t, opts, width);
  const header: SpecValue[] = fields.map((f) => f.label);
  const numbering: SpecValue[] = fields.map((_, i) => `(${i + 1})`);
  const first = 5;
  const last = first + opts.rows - 1;
  const idx = (id: string) => fields.findIndex((f) => f.id === id);
  const items = fields.map((f, i) => ({ f, i })).filter(({ f }) => f.type === "score" || (f.type === "points" && f.id !== "total-points"));
  const body: SpecValue[][] = [];
  for (let r = first; r <= last; r++) {
    const row: SpecValue[] = new Array<SpecValue>(width).fill(null);
    row[0] = r - first + 1;
    const totalIdx = idx("total-points");
    if (totalIdx >= 0 && items.length > 0) {
      const cells = items.map(({ i }) => a1(r, i)).join(",");
      row[totalIdx] = { formula: `IF(COUNT(${cells})=0,"",SUM(${cells}))` };
    }
    body.push(row);
  }
  const validations = fields
    .map((f, i) => ({ rule: validationFor(f), range: col(i, first, last) }))
    .filter((v): v is { rule: SpecValidation; range: CellRange } => v.rule !== null);
  return {
    name: opts.sheetName ?? t.title.slice(0, 31),
    rows: [...head.rows, header, numbering, ...body],
    merges: head.merges,
    rowStyles: { ...head.styles, 3: "header", 4: "numbering" },
    numberFormats: fields.map((f, i) => ({ f, i })).filter(({ f }) => f.type === "rate").map(({ i }) => ({ range: col(i, first, last), format: "0.0" })),
    validations,
    columnWidths: fields.map((f) => (f.type === "text" ? 26 : Math.max(8, Math.min(16, f.label.length)))),
    freezeRows: 5,
  };
}

/** Column letters of a blank sheet's field, for formulas that point at it. */
export function fieldColumn(t: Template, fieldId: string): string | null {
  const i = t.fields.findIndex((f) => f.id === fieldId);
  return i < 0 ? null : columnLetter(i);
}
