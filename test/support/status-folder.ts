// A folder of commune reports for the province's desk: submitted, erroneous, unrecognised, unreadable and a former
// unit's report (Phường Yên Thịnh, now part of Phường Văn Phú); every other commune is missing.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../../src/adapters/xlsx/write-workbook";
import type { Grid } from "../../src/core/grid/grid";
import type { SheetSpec, SpecValue } from "../../src/core/templates/sheet-spec";

const samples = join(__dirname, "..", "fixtures", "samples");

function specOf(g: Grid, rename: (v: SpecValue) => SpecValue): SheetSpec {
  return {
    name: g.sheetName,
    rows: [
      ...Array.from({ length: g.origin.row }, () => []),
      ...g.values.map((r) => [...new Array<SpecValue>(g.origin.col).fill(null), ...r.map((v) => rename(v !== null && typeof v === "object" ? v.error : v))]),
    ],
    merges: [],
    rowStyles: {},
    numberFormats: [],
    validations: [],
    columnWidths: [],
    freezeRows: 0,
  };
}

/** Writes the folder and returns its path and the file names in it. */
export async function makeStatusFolder(): Promise<{ dir: string; files: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), "xhht-status-"));
  copyFileSync(join(samples, "xa-lam-giang-2025.xlsx"), join(dir, "xa-lam-giang-2025.xlsx"));
  copyFileSync(join(samples, "xa-tran-yen-2025-co-loi.xlsx"), join(dir, "xa-tran-yen-2025-co-loi.xlsx"));
  const ward = await readWorkbook(readFileSync(join(samples, "phuong-yen-bai-2025.xlsx")), "phuong-yen-bai-2025.xlsx");
  if (!ward.ok) throw new Error(ward.error.code);
  const former = (v: SpecValue): SpecValue => (typeof v === "string" && /YÊN BÁI|Yên Bái, tỉnh/.test(v) && !/BIỂU/.test(v) ? v.replace("PHƯỜNG YÊN BÁI", "PHƯỜNG YÊN THỊNH").replace("Phường Yên Bái", "Phường Yên Thịnh") : v);
  writeFileSync(join(dir, "bao-cao-2025.xlsx"), await writeWorkbook(ward.value.sheets.map((g) => specOf(g, former))));
  const other: Grid = { sheetName: "Danh sách", origin: { row: 0, col: 0 }, values: [["Danh sách cán bộ dự họp"], ["Họ tên", "Chức vụ"], ["Nguyễn Văn A", "Chủ tịch"]] };
  writeFileSync(join(dir, "xa-khao-mang-2025.xlsx"), await writeWorkbook([specOf(other, (v) => v)]));
  writeFileSync(join(dir, "xa-tu-le-2025.xlsx"), Buffer.from("đây không phải tệp Excel"));
  // No unit in its title lines or its name: the officer chooses its unit.
  const mauA = await readWorkbook(readFileSync(join(samples, "xa-mau-a-2025.xlsx")), "xa-mau-a-2025.xlsx");
  if (!mauA.ok) throw new Error(mauA.error.code);
  const nameless = (v: SpecValue): SpecValue => (typeof v === "string" && /MẬU A|Mậu A/.test(v) ? null : v);
  writeFileSync(join(dir, "tep-gui-lai.xlsx"), await writeWorkbook(mauA.value.sheets.map((g) => specOf(g, nameless))));
  return { dir, files: ["bao-cao-2025.xlsx", "tep-gui-lai.xlsx", "xa-khao-mang-2025.xlsx", "xa-lam-giang-2025.xlsx", "xa-tran-yen-2025-co-loi.xlsx", "xa-tu-le-2025.xlsx"] };
}
