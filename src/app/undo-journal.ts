import { z } from "zod";
import { STATE_KEYS, type WorkbookPort } from "../core/ports/workbook-port";

const plain = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** One cell of an undo entry: what it held before and what we wrote. */
export const undoCellSchema = z.object({
  sheet: z.string(),
  address: z.string(),
  oldValue: plain,
  oldNumberFormat: z.string(),
  oldFormula: z.string().optional(),
  newValue: plain,
  /** The formula we wrote, when we wrote one (its value is Excel's to compute, so undo compares formulas). */
  newFormula: z.string().optional(),
});

/** An undo entry (một lần hoàn tác): one batch the product wrote, with a label and the time given by the entry. */
export const undoEntrySchema = z.object({
  id: z.string(),
  label: z.string(),
  at: z.string(),
  cells: z.array(undoCellSchema),
});

const journalSchema = z.object({ v: z.literal(1), entries: z.array(undoEntrySchema) });

/** An undo cell as stored. */
export type UndoCell = z.infer<typeof undoCellSchema>;
/** An undo entry as stored. */
export type UndoEntry = z.infer<typeof undoEntrySchema>;

/** How many batches the journal keeps; older ones fall off. */
export const UNDO_DEPTH = 20;

/** The undo journal kept in the workbook, newest last; an unreadable journal counts as empty. */
export async function loadUndo(port: WorkbookPort): Promise<UndoEntry[]> {
  const text = await port.loadState(STATE_KEYS.undo);
  if (text === null) return [];
  try {
    const parsed = journalSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.entries : [];
  } catch {
    return [];
  }
}

/** Saves the journal, keeping the newest UNDO_DEPTH entries. */
export async function saveUndo(port: WorkbookPort, entries: readonly UndoEntry[]): Promise<void> {
  await port.saveState(STATE_KEYS.undo, JSON.stringify({ v: 1, entries: entries.slice(-UNDO_DEPTH) }));
}
