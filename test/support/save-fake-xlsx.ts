// Saves what the Excel fake holds as a real .xlsx file, as Excel's "Save" would: every sheet's values at their cells
// (src/adapters/xlsx/write-workbook.ts) and the add-in's workbook settings in the web extension part
// (withWorkbookSettings), so a file the pane worked on can be given to the CLI, the dashboard or the reader.
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { withWorkbookSettings } from "../../src/adapters/xlsx/write-settings";
import { writeWorkbook } from "../../src/adapters/xlsx/write-workbook";
import type { StoredState } from "../../src/core/ports/workbook-port";
import type { SheetSpec, SpecValue } from "../../src/core/templates/sheet-spec";
import { createFakeExcel, type FakeExcel } from "../excel-fake";
import type { RawValue, SheetModel, WorkbookModel } from "../excel-fake/model";

const isManifest = (v: unknown): v is { parts: number } => typeof v === "object" && v !== null && typeof (v as { parts?: unknown }).parts === "number";

/**
 * The add-in's settings as the Office adapter's loadState reads them (key → stored JSON text): a value the adapter
 * split into `key#0…` parts under a `{parts: n}` manifest is joined again. A broken split throws: the test is wrong.
 */
export function fakeState(model: WorkbookModel): StoredState {
  const state: Record<string, string> = {};
  for (const [key, value] of model.settings) {
    if (/#\d+$/.test(key)) continue;
    if (typeof value === "string") {
      state[key] = value;
    } else if (isManifest(value)) {
      const parts = Array.from({ length: value.parts }, (_, i) => model.settings.get(`${key}#${i}`));
      if (parts.some((p) => typeof p !== "string")) throw new Error(`setting ${key}: a part is missing`);
      state[key] = parts.join("");
    }
  }
  return state;
}

/**
 * One fake sheet as a SheetSpec: the value each cell shows (a formula's result, as a saved file caches it; the fake
 * never recalculates, so its formulas are not written), merges kept, no styles.
 */
function specOf(sheet: SheetModel): SheetSpec {
  const rows: SpecValue[][] = sheet.values.map((row) => Array.from({ length: row?.length ?? 0 }, (_, c): SpecValue => (row?.[c] === undefined || row[c] === "" ? null : row[c])));
  const merges = sheet.merges.map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
  return { name: sheet.name, rows, merges, rowStyles: {}, numberFormats: [], validations: [], columnWidths: [], freezeRows: 0 };
}

/** The fake's workbook as .xlsx bytes: its sheets in order, then its add-in settings, as Excel would save them. */
export async function saveFakeAsXlsx(model: WorkbookModel): Promise<Uint8Array> {
  const bytes = await writeWorkbook(model.sheets.map(specOf));
  const state = fakeState(model);
  return Object.keys(state).length > 0 ? withWorkbookSettings(bytes, state) : bytes;
}

/** Longest setting value the Office adapter keeps in one part (src/adapters/office/workbook-state.ts). */
const CHUNK_CHARS = 60_000;

/**
 * Opens an .xlsx in a new Excel fake, as Excel would show it to the pane: each sheet's values at their cells, errors as
 * their text, and the add-in's settings saved in the file (split into parts as the Office adapter stores long values).
 */
export async function fakeFromXlsx(bytes: Uint8Array, fileName: string): Promise<FakeExcel> {
  const read = await readWorkbook(bytes, fileName);
  if (!read.ok) throw new Error(`${fileName}: ${read.error.code}`);
  const fx = createFakeExcel();
  for (const g of read.value.sheets) {
    const rows = g.values.map((r) => r.map((v): RawValue => (v === null ? "" : typeof v === "object" ? v.error : v)));
    fx.model.addSheet(g.sheetName).setRows(g.origin.row, g.origin.col, rows);
  }
  for (const [key, text] of Object.entries(read.value.state ?? {})) {
    if (text.length <= CHUNK_CHARS) {
      fx.model.settings.set(key, text);
      continue;
    }
    const n = Math.ceil(text.length / CHUNK_CHARS);
    for (let i = 0; i < n; i++) fx.model.settings.set(`${key}#${i}`, text.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS));
    fx.model.settings.set(key, { parts: n });
  }
  return fx;
}
