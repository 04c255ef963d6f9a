import type { CriteriaSet } from "./criteria-set.schema";
import type { Confidence } from "./threshold.schema";
import { valueEntries } from "./value-paths";

/** Name of the workbook sheet that lists criteria values (trang tính tiêu chí). */
export const CRITERIA_SHEET_NAME = "Tiêu chí XHHT";

/** Column headers of the criteria sheet, in order. */
export const CRITERIA_SHEET_HEADERS = ["Bộ tiêu chí", "Phiên bản", "Đường dẫn", "Mô tả", "Giá trị", "Độ tin cậy", "Căn cứ"] as const;

/** Vietnamese names of the confidence marks as the sheet shows them. */
export const CONFIDENCE_LABELS: Readonly<Record<Confidence, string>> = {
  V: "Đã xác minh",
  I: "Suy luận",
  P: "Chưa xác nhận",
  T: "Tỉnh xác nhận",
};

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The legal basis as one line ("Quyết định 448/QĐ-KHVN, 01/12/2015, Hội Khuyến học Việt Nam"). */
export function basisText(set: CriteriaSet): string {
  const b = set.legalBasis;
  return [b.document, b.date ? dmy(b.date) : null, b.issuer].filter(Boolean).join(", ");
}

/** The criteria sheet for a list of sets: a header row, then one row per value of each set. */
export function criteriaSetsToGrid(sets: readonly CriteriaSet[]): { sheetName: typeof CRITERIA_SHEET_NAME; rows: (string | number | null)[][] } {
  const rows: (string | number | null)[][] = [[...CRITERIA_SHEET_HEADERS]];
  for (const set of sets)
    for (const e of valueEntries(set))
      rows.push([set.id, set.version, e.path, e.label, e.threshold.value, CONFIDENCE_LABELS[e.threshold.confidence], basisText(set)]);
  return { sheetName: CRITERIA_SHEET_NAME, rows };
}
