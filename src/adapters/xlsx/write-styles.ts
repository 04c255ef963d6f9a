import type ExcelJS from "exceljs";
import type { SpecStyle } from "../../core/templates/sheet-spec";

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

/** The look of each row role (kiểu dòng), shared by every sheet the product writes. */
export interface RoleStyle {
  readonly font?: Partial<ExcelJS.Font>;
  readonly alignment?: Partial<ExcelJS.Alignment>;
  readonly border?: Partial<ExcelJS.Borders>;
  readonly fill?: ExcelJS.Fill;
  /** Style every cell up to the sheet's width (table rows), not only the cells that hold a value. */
  readonly fullWidth: boolean;
}

export const ROLE_STYLES: Readonly<Record<SpecStyle, RoleStyle>> = {
  title: { font: { bold: true, size: 14 }, alignment: { vertical: "middle" }, fullWidth: false },
  subtitle: { font: { italic: true, size: 11 }, fullWidth: false },
  header: {
    font: { bold: true },
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
    border: BOX,
    fill: HEADER_FILL,
    fullWidth: true,
  },
  numbering: { font: { italic: true, size: 10 }, alignment: { horizontal: "center" }, border: BOX, fullWidth: true },
  data: { border: BOX, fullWidth: false },
  totals: { font: { bold: true }, border: { ...BOX, top: { style: "medium", color: { argb: "FF000000" } } }, fullWidth: true },
  note: { font: { italic: true, size: 10, color: { argb: "FF595959" } }, fullWidth: false },
};

export const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF0563C1" }, underline: true };
