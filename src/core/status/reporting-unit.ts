import { textKey } from "../cells";
import type { Grid } from "../grid/grid";
import { readReportingUnit } from "../validation/summary-data";

/** Where the reporting unit of a file was read from (nguồn tên đơn vị). */
export type UnitSource = "title" | "file-name" | "assigned";

/** A unit name found for a file, with where it came from. */
export interface UnitClue {
  readonly text: string;
  readonly source: Exclude<UnitSource, "assigned">;
}

// Title lines sit above the table; without a detected table the first rows of the sheet are read.
const TITLE_ROWS = 12;

/**
 * The reporting unit named in a workbook's title lines ("UBND xã …", "Đơn vị báo cáo: …"), from the first sheet that
 * names one; `headerTops` gives each sheet's 1-based first header row when its table was found.
 */
export function unitFromTitles(sheets: readonly Grid[], headerTops: readonly (number | null)[]): string | null {
  for (let i = 0; i < sheets.length; i++) {
    const g = sheets[i];
    const top = headerTops[i] ?? null;
    const found = readReportingUnit(g, top === null ? g.origin.row + TITLE_ROWS : top - 1);
    if (found !== null) return found;
  }
  return null;
}

// Words of file names that never belong to a unit's name.
const FILLER = new Set(["bao", "cao", "bc", "bieu", "mau", "tong", "hop", "th", "nam", "xhht", "hoc", "tap", "ket", "qua", "so", "lieu", "final", "ban", "sua", "moi", "copy", "of"]);

/**
 * The words of a file name that may name its unit ("bao-cao-xa-Lam-Giang_2025 (1).xlsx" → "xa lam giang"), or null
 * when nothing is left once the extension, numbers and filler words are dropped.
 */
export function unitWordsFromFileName(fileName: string): string | null {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[a-z0-9]{2,4}$/i, "");
  const spaced = base.replace(/([a-zà-ỹđ])([A-ZÀ-ỸĐ])/g, "$1 $2").replace(/[_\-.,()[\]+]+/g, " ");
  const words = textKey(spaced)
    .split(" ")
    .filter((w) => w !== "" && !/^\d+$/.test(w) && !FILLER.has(w));
  return words.length ? words.join(" ") : null;
}
