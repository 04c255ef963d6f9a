import { isCellError } from "../core/grid/grid";
import type { CellSnapshot, CellWrite, WorkbookPort } from "../core/ports/workbook-port";
import type { PlainValue } from "../core/validation/issue";
import { loadUndo, saveUndo, type UndoCell, type UndoEntry } from "./undo-journal";

/** A cell value as a plain value (an Excel error as its text). */
export function plainOf(s: CellSnapshot): PlainValue {
  return isCellError(s.value) ? s.value.error : s.value;
}

/** Reads the current snapshots of cells, sheet by sheet, in the order given. */
export async function snapshots(port: WorkbookPort, cells: readonly { sheet: string; address: string }[]): Promise<CellSnapshot[]> {
  const bySheet = new Map<string, string[]>();
  for (const c of cells) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c.address]);
  const found = new Map<string, CellSnapshot>();
  for (const [sheet, addresses] of bySheet) for (const s of await port.readValues(sheet, addresses)) found.set(`${sheet}\u0000${s.address}`, s);
  return cells.map((c) => found.get(`${c.sheet}\u0000${c.address}`)!);
}

/** The writes that put an entry's cells back as they were. */
export function restoreWrites(cells: readonly UndoCell[]): CellWrite[] {
  return cells.map((c) => (c.oldFormula !== undefined ? { sheet: c.sheet, address: c.address, value: c.oldValue, numberFormat: c.oldNumberFormat, formula: c.oldFormula } : { sheet: c.sheet, address: c.address, value: c.oldValue, numberFormat: c.oldNumberFormat }));
}

/**
 * Writes cells as one undoable batch: reads what they hold, records the undo entry in the workbook FIRST, then
 * writes. If the write fails, the cells are put back and the entry removed, so the workbook ends either fully
 * changed with its undo entry or untouched; the failure is rethrown for the caller to report.
 */
export async function recordedWrite(
  port: WorkbookPort,
  writes: readonly { sheet: string; address: string; value: PlainValue; formula?: string }[],
  meta: { label: string; now: string },
): Promise<UndoEntry> {
  const before = await snapshots(port, writes);
  const cells: UndoCell[] = writes.map((w, i) => {
    const b = before[i];
    const cell: UndoCell = { sheet: w.sheet, address: w.address, oldValue: plainOf(b), oldNumberFormat: b.numberFormat, newValue: w.value, ...(w.formula !== undefined ? { newFormula: w.formula } : {}) };
    return b.formula !== undefined ? { ...cell, oldFormula: b.formula } : cell;
  });
  const journal = await loadUndo(port);
  const entry: UndoEntry = { id: `${meta.now}#${journal.length + 1}`, label: meta.label, at: meta.now, cells };
  await saveUndo(port, [...journal, entry]);
  // A number written into a text-formatted cell would stay text; give such cells the General format.
  const changes: CellWrite[] = writes.map((w, i) => (typeof w.value === "number" && before[i].numberFormat === "@" ? { ...w, numberFormat: "General" } : w));
  try {
    await port.writeValues(changes);
  } catch (e) {
    try {
      await port.writeValues(restoreWrites(cells));
      await saveUndo(port, journal);
    } catch {
      // The entry stays in the journal, so what was written can still be undone.
    }
    throw e;
  }
  return entry;
}
