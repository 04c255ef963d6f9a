// The unrecognised province form (test/fixtures/golden/province-form-unmapped.xlsx) opened in the Excel fake, and the
// column map the officer chooses for it in "Ghép cột", saved through the task pane's services.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import type { Issue } from "../../src/core/validation/issue";
import { columnMapOf } from "../../src/core/templates/column-map-draft";
import { createTaskpaneServices } from "../../src/entries/taskpane/services";
import { DEFAULT_SETTINGS } from "../../src/ui/taskpane/settings.schema";
import { createFakeExcel, type FakeExcel, type RawValue } from "../excel-fake";

export const PROVINCE_FORM = join(__dirname, "..", "fixtures", "golden", "province-form-unmapped.xlsx");
/** The fields the officer picks for the form's five headers, left to right. */
export const PROVINCE_FORM_FIELDS = ["unit-name", "gia-dinh.total", "gia-dinh.registered", "gia-dinh.recognised", "gia-dinh.rate"];

/** The fixture's sheets in a new Excel fake, cell for cell; the first sheet active. */
export async function openProvinceForm(): Promise<FakeExcel> {
  const wb = await readWorkbook(new Uint8Array(readFileSync(PROVINCE_FORM)), "province-form-unmapped.xlsx");
  if (!wb.ok) throw new Error(wb.error.code);
  const fake = createFakeExcel();
  for (const g of wb.value.sheets) {
    const rows = g.values.map((row) => row.map((v): RawValue => (v === null ? "" : typeof v === "object" ? v.error : v)));
    fake.model.addSheet(g.sheetName).setRows(g.origin.row, g.origin.col, rows);
  }
  fake.model.active = 0;
  return fake;
}

/** Maps the first sheet as the officer does (draft → fields → "Lưu và kiểm tra") and returns the pane's issues. */
export async function mapProvinceForm(fake: FakeExcel): Promise<readonly Issue[]> {
  const pane = createTaskpaneServices({ run: fake.run, isSetSupported: fake.isSetSupported, clock: () => new Date(2025, 2, 14, 9, 30) });
  const sheet = fake.model.sheets[0].name;
  const draft = await pane.columnMapDraft(sheet);
  if (!draft.ok) throw new Error(draft.error.message);
  const saved = await pane.saveColumnMap(columnMapOf("tong-hop-mo-hinh", draft.value.columns.map((c, i) => ({ header: c.header, fieldId: PROVINCE_FORM_FIELDS[i] })), sheet));
  if (!saved.ok) throw new Error(saved.error.message);
  const checked = await pane.check("active", DEFAULT_SETTINGS);
  if (!checked.ok) throw new Error(checked.error.message);
  return checked.value.report.sheets.flatMap((s) => s.issues);
}
