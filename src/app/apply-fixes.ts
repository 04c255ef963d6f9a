import type { CellRef, WorkbookPort } from "../core/ports/workbook-port";
import type { Issue, PlainValue } from "../core/validation/issue";
import { attempt, type OfficeResult } from "./office-result";
import { plainOf, recordedWrite, restoreWrites, snapshots } from "./recorded-write";
import { loadUndo, saveUndo } from "./undo-journal";

/** What applying fixes did: cells changed, the undo entry's id (null when nothing to do), and cells left alone. */
export interface AppliedFixes {
  readonly applied: number;
  readonly entryId: string | null;
  /** Cells the officer changed since the check: their fix was not written (check again to get a fresh one). */
  readonly stale: readonly (CellRef & { current: PlainValue; checked: PlainValue })[];
}

/** What an undo did: cells restored, cells left alone because the officer changed them since, and the batch label. */
export interface UndoOutcome {
  readonly label: string | null;
  readonly restored: number;
  readonly conflicts: readonly (CellRef & { current: PlainValue; written: PlainValue })[];
}

/** Undo entries for a list (newest first). */
export interface UndoSummary {
  readonly id: string;
  readonly label: string;
  readonly at: string;
  readonly cells: number;
}

/**
 * Writes the fixes of the accepted issues (only safe ones when `onlySafe`) in one batch, recording an undo entry in
 * the workbook first. One fix per cell: the first issue's fix wins.
 */
export function applyFixes(port: WorkbookPort, issues: readonly Issue[], opts: { label: string; now: string; onlySafe?: boolean }): Promise<OfficeResult<AppliedFixes>> {
  return attempt(async () => {
    const seen = new Set<string>();
    const wanted: { sheet: string; address: string; value: PlainValue; checked: PlainValue | undefined }[] = [];
    for (const i of issues) {
      if (!i.fix || (opts.onlySafe && !i.fix.safe)) continue;
      const k = `${i.where.sheet}\u0000${i.where.address}`;
      if (seen.has(k)) continue;
      seen.add(k);
      wanted.push({ sheet: i.where.sheet, address: i.where.address, value: i.fix.value, checked: i.input });
    }
    if (wanted.length === 0) return { applied: 0, entryId: null, stale: [] };
    // A fix belongs to the value that was checked: a cell the officer edited since keeps the officer's value.
    const now = await snapshots(port, wanted);
    const stale: AppliedFixes["stale"][number][] = [];
    const writes = wanted.filter((w, i) => {
      const current = plainOf(now[i]);
      if (w.checked === undefined || same(current, w.checked)) return true;
      stale.push({ sheet: w.sheet, address: w.address, current, checked: w.checked });
      return false;
    });
    if (writes.length === 0) return { applied: 0, entryId: null, stale };
    const entry = await recordedWrite(port, writes.map(({ sheet, address, value }) => ({ sheet, address, value })), opts);
    return { applied: writes.length, entryId: entry.id, stale };
  });
}

const same = (a: PlainValue, b: PlainValue): boolean => a === b || (a === null && b === "") || (a === "" && b === null);

/**
 * Undoes the newest batch: each cell gets back its old value, number format (and formula); a cell whose value is no
 * longer what we wrote is left alone and reported. The entry leaves the journal once undone.
 */
export function undoLast(port: WorkbookPort): Promise<OfficeResult<UndoOutcome>> {
  return attempt(async () => {
    const journal = await loadUndo(port);
    const entry = journal[journal.length - 1];
    if (!entry) return { label: null, restored: 0, conflicts: [] };
    const now = await snapshots(port, entry.cells);
    const conflicts: UndoOutcome["conflicts"][number][] = [];
    const restorable = entry.cells.filter((c, i) => {
      const current = plainOf(now[i]);
      // A formula we wrote is still ours while the cell holds that formula, whatever value Excel computed for it.
      if (c.newFormula !== undefined ? now[i].formula === c.newFormula : same(current, c.newValue)) return true;
      conflicts.push({ sheet: c.sheet, address: c.address, current, written: c.newFormula ?? c.newValue });
      return false;
    });
    await port.writeValues(restoreWrites(restorable));
    await saveUndo(port, journal.slice(0, -1));
    return { label: entry.label, restored: restorable.length, conflicts };
  });
}

/** The undo journal, newest first. */
export function listUndo(port: WorkbookPort): Promise<OfficeResult<UndoSummary[]>> {
  return attempt(async () =>
    (await loadUndo(port))
      .map((e) => ({ id: e.id, label: e.label, at: e.at, cells: e.cells.length }))
      .reverse(),
  );
}
