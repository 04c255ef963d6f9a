import type { Grid } from "../grid/grid";
import type { ColumnMap } from "./column-map";
import { detectTemplate, type DraftColumn } from "./detect";
import type { Template } from "./template.schema";

/** What a "Ghép cột" form starts from: the header rows, each header with the best guess, and the template guessed. */
export interface ColumnMapDraft {
  readonly templateId: string | null;
  /** 0-based sheet rows of the header band, or null when no row of the sheet looks like a header. */
  readonly headerTop: number | null;
  readonly headerBottom: number | null;
  readonly columns: readonly DraftColumn[];
  /** True when the sheet already follows a template with every column sure (nothing to confirm). */
  readonly settled: boolean;
}

/** The draft of a column map for a sheet: recognised columns, guesses to confirm and unknown headers, left to right. */
export function draftColumnMap(grid: Grid, templates: readonly Template[], maps: readonly ColumnMap[] = []): ColumnMapDraft {
  const found = detectTemplate(grid, templates, maps);
  if (!found.ok) {
    const e = found.error;
    return { templateId: e.closest?.id ?? null, headerTop: e.headerTop, headerBottom: e.headerBottom, columns: e.draft, settled: false };
  }
  const d = found.value;
  const columns: DraftColumn[] = [
    ...[...d.columns].map(([fieldId, col]) => ({ col, header: d.headers.get(fieldId) ?? "", fieldId })),
    ...d.unconfirmed.map((u) => ({ col: u.col, header: u.header, fieldId: u.fieldId })),
    ...d.unknownColumns.map((u) => ({ col: u.col, header: u.header, fieldId: null })),
  ].sort((a, b) => a.col - b.col);
  return { templateId: d.template.id, headerTop: d.headerTop, headerBottom: d.headerBottom, columns, settled: d.unconfirmed.length === 0 && d.unknownColumns.length === 0 };
}

/** The column map the officer confirmed: every header of the draft with the field chosen for it (null: leave out). */
export function columnMapOf(templateId: string, columns: readonly { readonly header: string; readonly fieldId: string | null }[], sheet?: string): ColumnMap {
  return { templateId, ...(sheet ? { sheet } : {}), columns: columns.map((c) => ({ header: c.header, field: c.fieldId })) };
}
