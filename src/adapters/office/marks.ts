/*
 * Reversible marks: before a cell is coloured, its original fill is read and kept in the marks journal in the
 * workbook; clearing restores each cell from the journal. Re-marking a sheet first restores its old marks, so marks
 * never pile up and the journal always holds the officer's own fills. Marks touch fills only, never values.
 */
import { z } from "zod";
import { isOfficePortError } from "../../core/ports/office-errors";
import type { CellFill, CellMark, Requirements } from "../../core/ports/workbook-port";
import { STATE_KEYS, hasExcelApi } from "../../core/ports/workbook-port";
import { CELLS_PER_SYNC, chunks, groupBy, guarded, type ExcelRun } from "./office-run";
import { loadState, saveState } from "./workbook-state";

/** Fill colours of marks: Excel's "Bad" (light red) and "Neutral" (light yellow) styles. */
export const MARK_COLORS = { error: "#FFC7CE", warning: "#FFEB9C" } as const;

/** Addresses per getRanges call, kept short so the address text stays well inside Excel's limits. */
const AREAS_PER_CALL = 400;

const journalSchema = z.object({
  v: z.literal(1),
  // s: sheet, a: address, c: the officer's fill before marking (null = none), m: the mark colour we set.
  entries: z.array(z.object({ s: z.string(), a: z.string(), c: z.string().nullable(), m: z.string().optional() })),
});
type Journal = z.infer<typeof journalSchema>;

async function loadJournal(run: ExcelRun): Promise<Journal> {
  const text = await loadState(run, STATE_KEYS.marks);
  if (text === null) return { v: 1, entries: [] };
  const parsed = journalSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : { v: 1, entries: [] };
}

/** Reads each cell's fill colour; a cell without fill gives null (pattern "None" on ExcelApi 1.9, else white). */
export async function readFills(run: ExcelRun, req: Requirements, sheet: string, addresses: readonly string[]): Promise<CellFill[]> {
  const withPattern = hasExcelApi(req, 9);
  const out: CellFill[] = [];
  await guarded(
    run,
    async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      for (const part of chunks(addresses, CELLS_PER_SYNC)) {
        const fills = part.map((a) => ws.getRange(a).format.fill.load(withPattern ? "color,pattern" : "color"));
        await ctx.sync();
        fills.forEach((f, i) => {
          const none = withPattern ? f.pattern === "None" : (f.color ?? "").toUpperCase() === "#FFFFFF";
          out.push({ sheet, address: part[i], color: none ? null : f.color });
        });
      }
    },
    sheet,
  );
  return out;
}

/** Sets (or clears, for null) the fill of many cells: grouped by colour, via getRanges on ExcelApi 1.9. */
async function paint(run: ExcelRun, req: Requirements, cells: readonly { sheet: string; address: string; color: string | null }[]): Promise<void> {
  if (cells.length === 0) return;
  const areas = hasExcelApi(req, 9);
  await guarded(run, async (ctx) => {
    let queued = 0;
    for (const [, group] of groupBy(cells, (c) => `${c.sheet}\u0000${c.color ?? ""}`)) {
      const ws = ctx.workbook.worksheets.getItem(group[0].sheet);
      const color = group[0].color;
      for (const part of chunks(group, areas ? AREAS_PER_CALL : 1)) {
        const range = areas ? ws.getRanges(part.map((c) => c.address).join(",")) : ws.getRange(part[0].address);
        if (color === null) range.format.fill.clear();
        else range.format.fill.color = color;
        queued += part.length;
        if (queued >= CELLS_PER_SYNC) {
          await ctx.sync();
          queued = 0;
        }
      }
    }
    await ctx.sync();
  });
}

/**
 * Restores the marks of `sheets` (all when omitted) and removes them from the journal; returns how many were restored.
 * A cell whose fill is no longer our mark colour was recoloured by the officer since: it is left as it is. A sheet
 * deleted or renamed since is skipped.
 */
export async function clearMarks(run: ExcelRun, req: Requirements, sheets?: readonly string[]): Promise<number> {
  const journal = await loadJournal(run);
  const inScope = (s: string) => !sheets || sheets.some((x) => x.toLowerCase() === s.toLowerCase());
  const entries = journal.entries.filter((e) => inScope(e.s));
  if (entries.length === 0) return 0;
  const restore: { sheet: string; address: string; color: string | null }[] = [];
  for (const [sheet, group] of groupBy(entries, (e) => e.s)) {
    let now: CellFill[];
    try {
      now = await readFills(run, req, sheet, group.map((e) => e.a));
    } catch (e) {
      if (isOfficePortError(e) && e.failure.code === "office-sheet-missing") continue;
      throw e;
    }
    group.forEach((e, i) => {
      if (e.m === undefined || (now[i].color ?? "").toUpperCase() === e.m.toUpperCase()) restore.push({ sheet, address: e.a, color: e.c });
    });
  }
  await paint(run, req, restore);
  await saveState(run, STATE_KEYS.marks, JSON.stringify({ v: 1, entries: journal.entries.filter((e) => !inScope(e.s)) }));
  return restore.length;
}

/** Clears the old marks of the sheets in scope, records the original fills, then colours the new marks. */
export async function applyMarks(run: ExcelRun, req: Requirements, marks: readonly CellMark[], sheets?: readonly string[]): Promise<void> {
  const scope = sheets ?? [...new Set(marks.map((m) => m.sheet))];
  await clearMarks(run, req, scope);
  // One mark per cell; an error outranks a warning.
  const byCell = new Map<string, CellMark>();
  for (const m of marks) {
    const k = `${m.sheet}\u0000${m.address.replace(/\$/g, "").toUpperCase()}`;
    if (!byCell.has(k) || m.severity === "error") byCell.set(k, { ...m, address: m.address.replace(/\$/g, "").toUpperCase() });
  }
  const unique = [...byCell.values()];
  if (unique.length === 0) return;
  const originals: CellFill[] = [];
  for (const [sheet, group] of groupBy(unique, (m) => m.sheet)) originals.push(...(await readFills(run, req, sheet, group.map((m) => m.address))));
  const journal = await loadJournal(run);
  // The journal is saved before any colour is set, so a failure while colouring can still be cleared exactly.
  const markColor = new Map(unique.map((m) => [`${m.sheet}\u0000${m.address}`, MARK_COLORS[m.severity]]));
  journal.entries.push(...originals.map((o) => ({ s: o.sheet, a: o.address, c: o.color, m: markColor.get(`${o.sheet}\u0000${o.address}`) })));
  await saveState(run, STATE_KEYS.marks, JSON.stringify(journal));
  await paint(
    run,
    req,
    unique.map((m) => ({ sheet: m.sheet, address: m.address, color: MARK_COLORS[m.severity] })),
  );
}
