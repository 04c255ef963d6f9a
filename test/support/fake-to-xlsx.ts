// The Excel fake's workbook saved as an .xlsx, as Excel would save it for the readers (CLI, dashboard) to open: every
// sheet in order and every workbook setting in the add-in's web extension part; and such a file opened in a new fake.
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../../src/adapters/xlsx/write-workbook";
import { withWorkbookSettings } from "../../src/adapters/xlsx/write-settings";
import type { StoredState } from "../../src/core/ports/workbook-port";
import type { SheetSpec, SpecValue } from "../../src/core/templates/sheet-spec";
import { createFakeExcel, type FakeExcel, type SheetModel, type WorkbookModel } from "../excel-fake";
import type { RawValue } from "../excel-fake/model";

const PART_KEY = /#\d+$/;
/** Excel's column width unit is points; a character of the default font is about 5.25 points wide. */
const POINTS_PER_CHAR = 5.25;

const cellKey = (k: string): [number, number] => k.split(",").map(Number) as [number, number];

/**
 * One fake sheet as a sheet spec: values (a formula cell keeps its value, as Excel's cached result reads, and is
 * written as its formula only when the fake holds no value: writeWorkbook cannot store both), merges, number formats,
 * column widths, frozen rows and internal links. Fills, fonts and validations are not carried.
 */
function specOf(sheet: SheetModel): SheetSpec {
  const rows: SpecValue[][] = sheet.values.map((row) => (row ?? []).map((v) => (v === "" || v === undefined ? null : v)));
  for (const [k, f] of sheet.formulas) {
    const [r, c] = cellKey(k);
    const row = rows[r] ?? (rows[r] = []);
    if (row[c] === null || row[c] === undefined) row[c] = { formula: f };
  }
  for (let r = 0; r < rows.length; r++) rows[r] = Array.from(rows[r] ?? [], (v) => v ?? null);
  const widths: number[] = [];
  for (const [c, points] of sheet.columnWidths) widths[c] = points / POINTS_PER_CHAR;
  return {
    name: sheet.name,
    rows,
    merges: sheet.merges.map((m) => ({ ...m })),
    rowStyles: {},
    numberFormats: [...sheet.formats].map(([k, format]) => {
      const [r, c] = cellKey(k);
      return { range: { top: r, left: c, bottom: r, right: c }, format };
    }),
    validations: [],
    columnWidths: Array.from(widths, (w) => w ?? 0),
    freezeRows: sheet.frozenRows,
    links: Object.fromEntries(sheet.links),
  };
}

/**
 * The fake's settings as the state `loadState` would return: a string setting as it is, a value split by saveState
 * (`key` holding `{"parts": n}`, parts `key#i`) joined again, any other value as its JSON text.
 */
export function fakeSettingsState(model: WorkbookModel): StoredState {
  const out: Record<string, string> = {};
  for (const [key, v] of model.settings) {
    if (PART_KEY.test(key) && model.settings.has(key.replace(PART_KEY, ""))) continue;
    const n = typeof v === "object" && v !== null ? (v as { parts?: unknown }).parts : undefined;
    if (typeof v === "string") out[key] = v;
    else if (typeof n === "number") out[key] = Array.from({ length: n }, (_, i) => String(model.settings.get(`${key}#${i}`) ?? "")).join("");
    else out[key] = JSON.stringify(v);
  }
  return out;
}

/** The fake workbook as .xlsx bytes: all its sheets (see specOf) and all its workbook settings. */
export async function saveFakeAsXlsx(model: WorkbookModel): Promise<Uint8Array> {
  const bytes = await writeWorkbook(model.sheets.map(specOf));
  const state = fakeSettingsState(model);
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
