import { selectSet, withOverrides, yearEnd, type CriteriaSet, type TitleId } from "../criteria";
import type { CellRange } from "../grid/grid";
import type { SheetSpec, SpecStyle, SpecValidation, SpecValue } from "./sheet-spec";
import type { Template } from "./template.schema";

/** What the blank commune table needs: the year, the commune, the sheet name and any province sets (overrides). */
export interface IndicatorTableOptions {
  readonly year: number;
  readonly unitName: string;
  readonly sheetName?: string;
  readonly sets?: readonly CriteriaSet[];
}

const UNCONFIRMED = " (chưa xác nhận)";
const FIRST_ROW = 7;

/**
 * A blank self-assessment table of one commune (Tạo biểu mẫu): title lines with the commune, the year, the level
 * sought and the year Level 1 was recognised, then a row per criterion and per indicator of the set in force for the
 * year (provisional indicators marked "chưa xác nhận"), a Đạt / Không đạt list on each indicator's assessment cell.
 */
export function blankIndicatorTable(t: Template, opts: IndicatorTableOptions): SheetSpec {
  const width = t.fields.length;
  const set = t.titleId ? selectSet(t.titleId as TitleId, yearEnd(opts.year), withOverrides(opts.sets ?? [])) : undefined;
  const pad = (...v: SpecValue[]): SpecValue[] => [...v, ...new Array<SpecValue>(Math.max(0, width - v.length)).fill(null)];
  const rows: SpecValue[][] = [
    pad(`ỦY BAN NHÂN DÂN ${opts.unitName.toUpperCase()}`),
    pad(`BẢNG TỰ ĐÁNH GIÁ CỘNG ĐỒNG HỌC TẬP CẤP XÃ NĂM ${opts.year}`),
    pad(`Đơn vị: ${opts.unitName}`),
    pad(null, "Mức độ đề nghị công nhận:"),
    pad(null, "Năm được công nhận Mức độ 1 (nếu có):"),
    t.fields.map((f) => f.label),
    t.fields.map((_, i) => `(${i + 1})`),
  ];
  const merges: CellRange[] = [0, 1, 2].map((r) => ({ top: r, bottom: r, left: 0, right: width - 1 }));
  const styles: Record<number, SpecStyle> = { 0: "subtitle", 1: "title", 2: "subtitle", 5: "header", 6: "numbering" };
  const at = (id: string) => t.fields.findIndex((f) => f.id === id);
  const codeCol = at("code");
  const contentCol = at("content");
  const saCol = at("self-assessment");
  const indicatorRows: number[] = [];
  const rule = set?.rule;
  if (rule?.kind === "checklist") {
    rule.criteria.forEach((c, i) => {
      const head = new Array<SpecValue>(width).fill(null);
      head[codeCol] = String(i + 1);
      head[contentCol] = c.label;
      styles[rows.length] = "totals";
      rows.push(head);
      c.items.forEach((it, j) => {
        const row = new Array<SpecValue>(width).fill(null);
        const provisional = it.type === "yes-no" ? it.confidence === "P" : Object.values(it.targets).some((x) => x?.confidence === "P");
        row[codeCol] = `${i + 1}.${j + 1}`;
        row[contentCol] = `${it.label}${provisional ? UNCONFIRMED : ""}`;
        indicatorRows.push(rows.length);
        rows.push(row);
      });
    });
  }
  const assessment: SpecValidation = { kind: "list", items: ["Đạt", "Không đạt"], message: "Tự đánh giá: chọn Đạt hoặc Không đạt." };
  const validations: { range: CellRange; rule: SpecValidation }[] = [
    { range: cell(3, 2), rule: { kind: "list", items: ["Mức độ 1", "Mức độ 2"], message: "Chọn Mức độ 1 hoặc Mức độ 2." } },
    { range: cell(4, 2), rule: { kind: "whole", min: 1990, max: 2100, message: "Nhập năm 4 chữ số." } },
    ...indicatorRows.map((r) => ({ range: cell(r, saCol), rule: assessment })),
  ];
  return {
    name: opts.sheetName ?? `Tự đánh giá TT25 ${opts.year}`,
    rows,
    merges,
    rowStyles: styles,
    numberFormats: codeCol >= 0 && rows.length > FIRST_ROW ? [{ range: { top: FIRST_ROW, bottom: rows.length - 1, left: codeCol, right: codeCol }, format: "@" }] : [],
    validations,
    columnWidths: t.fields.map((f) => (f.id === "content" ? 60 : f.id === "code" ? 6 : f.id === "self-assessment" ? 16 : 24)),
    freezeRows: FIRST_ROW,
  };
}

function cell(row: number, col: number): CellRange {
  return { top: row, bottom: row, left: col, right: col };
}
