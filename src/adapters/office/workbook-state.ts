/*
 * Product state kept inside the workbook (marks journal, undo journal, check log, chart data blocks).
 *
 * Where: the add-in's workbook settings (`context.workbook.settings`, ExcelApi 1.4). They travel with the file, are
 * scoped to this add-in and this file, survive closing and reopening the pane or the workbook, and cannot be edited
 * or deleted by an officer by accident. A custom XML part (ExcelApi 1.5) would need XML escaping and id bookkeeping;
 * a very hidden sheet would show up to macros, count as a sheet, and its cells could be overwritten.
 *
 * Size: the documentation gives no per-value limit for settings, and every request must stay under 5 MB on the web,
 * so a value longer than CHUNK_CHARS is stored as parts `key#0`, `key#1`, … with `key` holding `{"parts": n}`, and
 * parts are written in syncs of about 1 million characters (≤ 3 MB of UTF-8).
 */
import { OfficePortError, officeFailure } from "../../core/ports/office-errors";
import { guarded, type ExcelRun } from "./office-run";

const CHUNK_CHARS = 60_000;
const SYNC_CHARS = 1_000_000;

interface Manifest {
  readonly parts: number;
}

const isManifest = (v: unknown): v is Manifest => typeof v === "object" && v !== null && typeof (v as Manifest).parts === "number";

/** Reads a state value (or null when absent). */
export async function loadState(run: ExcelRun, key: string): Promise<string | null> {
  return guarded(run, async (ctx) => {
    const head = ctx.workbook.settings.getItemOrNullObject(key);
    head.load("value");
    await ctx.sync();
    if (head.isNullObject) return null;
    const v: unknown = head.value;
    if (typeof v === "string") return v;
    if (!isManifest(v)) throw new OfficePortError(officeFailure("office-state-corrupt"));
    const parts = Array.from({ length: v.parts }, (_, i) => ctx.workbook.settings.getItemOrNullObject(`${key}#${i}`).load("value"));
    await ctx.sync();
    if (parts.some((p) => p.isNullObject || typeof p.value !== "string")) throw new OfficePortError(officeFailure("office-state-corrupt"));
    return parts.map((p) => p.value as string).join("");
  });
}

/** Writes a state value, in parts when long; stale parts of a longer previous value are deleted. */
export async function saveState(run: ExcelRun, key: string, json: string): Promise<void> {
  await guarded(run, async (ctx) => {
    const head = ctx.workbook.settings.getItemOrNullObject(key);
    head.load("value");
    await ctx.sync();
    const oldParts = !head.isNullObject && isManifest(head.value) ? head.value.parts : 0;
    if (json.length <= CHUNK_CHARS) {
      ctx.workbook.settings.add(key, json);
    } else {
      const n = Math.ceil(json.length / CHUNK_CHARS);
      let queued = 0;
      for (let i = 0; i < n; i++) {
        const part = json.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS);
        ctx.workbook.settings.add(`${key}#${i}`, part);
        queued += part.length;
        if (queued >= SYNC_CHARS) {
          await ctx.sync();
          queued = 0;
        }
      }
      // The manifest goes last: a reader never sees a manifest that counts parts not yet written.
      ctx.workbook.settings.add(key, { parts: n });
      for (let i = n; i < oldParts; i++) ctx.workbook.settings.getItemOrNullObject(`${key}#${i}`).delete();
      await ctx.sync();
      return;
    }
    for (let i = 0; i < oldParts; i++) ctx.workbook.settings.getItemOrNullObject(`${key}#${i}`).delete();
    await ctx.sync();
  });
}
