import { STATE_KEYS, type WorkbookPort } from "../core/ports/workbook-port";
import { fail, ok, type Result } from "../core/result";
import { BUILTIN_TEMPLATES } from "../core/templates/builtin";
import { parseTemplateFile, templateFileOf, withColumnMap, type ColumnMap } from "../core/templates/column-map";
import { draftColumnMap, type ColumnMapDraft } from "../core/templates/column-map-draft";
import { storedColumnMaps } from "./check-files";
import { attempt, type OfficeResult } from "./office-result";

/** The column maps saved in the open workbook ("Ghép cột"), with the problems of a damaged entry (then none are used). */
export async function loadColumnMaps(port: WorkbookPort): Promise<{ maps: readonly ColumnMap[]; problems: readonly string[] }> {
  const text = await port.loadState(STATE_KEYS.columnMaps);
  return storedColumnMaps(text === null ? undefined : { [STATE_KEYS.columnMaps]: text });
}

/** The "Ghép cột" draft of one sheet: its header columns with the best guess, using the maps already saved. */
export function draftForSheet(port: WorkbookPort, sheet: string): Promise<OfficeResult<ColumnMapDraft & { readonly sheet: string }>> {
  return attempt(async () => {
    const { maps } = await loadColumnMaps(port);
    const grid = await port.readSheet(sheet);
    return { sheet, ...draftColumnMap(grid, BUILTIN_TEMPLATES, maps) };
  });
}

/** Saves a confirmed map in the workbook: it replaces a map of the same form (same template and header texts). */
export function saveColumnMap(port: WorkbookPort, map: ColumnMap): Promise<OfficeResult<number>> {
  return attempt(async () => {
    const { maps } = await loadColumnMaps(port);
    const next = withColumnMap(maps, map);
    await port.saveState(STATE_KEYS.columnMaps, JSON.stringify(templateFileOf(next)));
    return next.length;
  });
}

/** The workbook's maps as a template file (JSON text) a province hands to its communes. */
export function exportTemplateFile(port: WorkbookPort, name?: string): Promise<OfficeResult<{ readonly json: string; readonly count: number }>> {
  return attempt(async () => {
    const { maps } = await loadColumnMaps(port);
    return { json: `${JSON.stringify(templateFileOf(maps, name), null, 2)}\n`, count: maps.length };
  });
}

/**
 * Adds a province's template file to the workbook's maps. A bad file changes nothing: the result lists its problems in
 * Vietnamese; an Office failure is reported as such.
 */
export async function importTemplateFile(port: WorkbookPort, text: string): Promise<OfficeResult<Result<number, readonly string[]>>> {
  const parsed = parseTemplateFile(text, BUILTIN_TEMPLATES);
  if (!parsed.ok) return ok(fail(parsed.error));
  return attempt(async () => {
    const { maps } = await loadColumnMaps(port);
    const next = parsed.value.maps.reduce<ColumnMap[]>((acc, m) => withColumnMap(acc, m), [...maps]);
    await port.saveState(STATE_KEYS.columnMaps, JSON.stringify(templateFileOf(next)));
    return ok(next.length);
  });
}
