import { cellAt, type Grid } from "../grid/grid";
import { columnPath, isNumberingRow, readHeaderArea, type HeaderArea } from "./header-band";
import { mapMatch } from "./apply-column-map";
import type { ColumnMap } from "./column-map";
import { compileTemplate, matchColumns, type BandColumn, type ColumnMatch, type ColumnSource, type CompiledTemplate, type Key } from "./match-columns";
import type { Template } from "./template.schema";

/** A template recognised on a sheet (biểu mẫu nhận ra): the header band, numbering row and the column of each field. */
export interface Detection {
  readonly template: Template;
  /** 0-based sheet rows of the header band and the first row after it (numbering row skipped). */
  readonly headerTop: number;
  readonly headerBottom: number;
  readonly numberingRow: number | null;
  readonly firstBodyRow: number;
  /** 0-based sheet column of each recognised field. */
  readonly columns: ReadonlyMap<string, number>;
  /** The header text shown for each recognised field's column. */
  readonly headers: ReadonlyMap<string, string>;
  /** How each recognised field's column was found. */
  readonly sources: ReadonlyMap<string, ColumnSource>;
  /** Columns placed only by a weak rule: listed as "cần xác nhận" and not checked until the officer confirms them. */
  readonly unconfirmed: readonly { readonly col: number; readonly header: string; readonly fieldId: string; readonly how: ColumnSource }[];
  readonly unknownColumns: readonly { readonly col: number; readonly header: string }[];
  /** Header cells written in TCVN3 or VNI (0-based sheet row, col, the text read as Unicode). */
  readonly legacyHeaders: readonly { readonly row: number; readonly col: number; readonly raw: string; readonly text: string; readonly encoding: "tcvn3" | "vni" }[];
}

/** A header column with the field it was placed in, if any (the draft a "Ghép cột" form starts from). */
export interface DraftColumn {
  readonly col: number;
  readonly header: string;
  readonly fieldId: string | null;
}

/**
 * No template fits: the closest one and the columns it lacks (for the "no-template-match" issue), and the header rows
 * the closest match was tried on with each column's best guess (for the officer's column map); header rows are null
 * when no row looks like a header.
 */
export interface NoMatch {
  readonly closest: Template | null;
  readonly missing: readonly string[];
  readonly headerTop: number | null;
  readonly headerBottom: number | null;
  readonly draft: readonly DraftColumn[];
}

/** Numbers the distinct keys of one detection, and which detection ("round") the numbers belong to. */
class KeyNumbers {
  private static rounds = 0;
  readonly round = KeyNumbers.rounds++;
  private readonly ids = new Map<string, number>();

  of(key: string): Key {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    return { key, id };
  }
}

/** Reads every column's header path over one band once, for all templates to match against. */
function bandColumns(area: HeaderArea, bandTop: number, bandBottom: number, keys: KeyNumbers): BandColumn[] {
  const out: BandColumn[] = [];
  for (let col = area.left; col <= area.right; col++) {
    const path = columnPath(area, bandTop, bandBottom, col);
    if (path.length === 0) continue;
    out.push({
      col,
      parts: path.map((k) => ({ plain: keys.of(k.plain), withD: keys.of(k.withD) })),
      full: keys.of(path.map((k) => k.plain).join(" ")),
      fullD: keys.of(path.map((k) => k.withD).join(" ")),
      shown: path.map((k) => k.text.replace(/\s+/g, " ").trim()).join(" / "),
    });
  }
  return out;
}

function score(ct: CompiledTemplate, m: ColumnMatch): number {
  let s = 0;
  for (const f of ct.template.fields) if (m.columns.has(f.id)) s += f.required ? 3 : 1;
  return s;
}

/** Finds which template a sheet follows and where its table is, or the closest template and what it lacks. */
export function detectTemplate(
  grid: Grid,
  templates: readonly Template[],
  maps: readonly ColumnMap[] = [],
): { ok: true; value: Detection } | { ok: false; error: NoMatch } {
  const area = readHeaderArea(grid);
  type Candidate = { ct: CompiledTemplate; m: ColumnMatch; top: number; bottom: number; score: number };
  // The best template that a band fully satisfies wins; the best partial one is only named when none does.
  let best: Candidate | null = null;
  let closest: Candidate | null = null;
  const compiled = templates.map(compileTemplate);
  const keys = new KeyNumbers();
  for (let bottom = area.top; bottom <= area.bottom; bottom++) {
    if (area.keys[bottom - area.top].filter((k) => k !== null).length < 2) continue;
    // A row of mostly numbers is a data row (or a numbered one): no header ends on it, so its bands are not tried.
    if (mostlyNumbers(grid, bottom)) continue;
    for (let h = 1; h <= 3 && bottom - h + 1 >= area.top; h++) {
      const top = bottom - h + 1;
      // A line with a single text above the header is a title, never the top of a header band.
      if (h > 1 && area.keys[top - area.top].filter((k) => k !== null).length < 2) break;
      const band = bandColumns(area, top, bottom, keys);
      for (const ct of compiled) {
        // The officer's column map of this form, when its headers are all here, is sure and wins over any guess.
        const mapped = maps.length > 0 ? mapMatch(ct, band, maps) : null;
        const m = mapped ?? matchColumns(ct, band, keys.round);
        const s = score(ct, m) + (mapped ? MAP_BONUS : 0);
        if (s === 0) continue;
        const c = { ct, m, top, bottom, score: s };
        // A mapped form needs only its name column: the officer chose what it holds.
        const complete = mapped ? m.columns.has(ct.template.nameField) : missingOf(ct.template, m).length === 0;
        if (complete && (!best || s > best.score)) best = c;
        if (!closest || s > closest.score) closest = c;
      }
    }
  }
  if (best) return { ok: true, value: finish(grid, area, best.ct, best.m, best.top, best.bottom) };
  if (!closest) return { ok: false, error: { closest: null, missing: [], ...fullestRow(area) } };
  const missing = missingOf(closest.ct.template, closest.m);
  const m = closest.m;
  const draft: DraftColumn[] = [
    ...[...m.columns].map(([fieldId, col]) => ({ col, header: m.headers.get(fieldId) ?? "", fieldId })),
    ...m.unconfirmed.map((u) => ({ col: u.col, header: u.header, fieldId: u.fieldId })),
    ...m.unknown.map((u) => ({ col: u.col, header: u.header, fieldId: null })),
  ].sort((a, b) => a.col - b.col);
  return {
    ok: false,
    error: { closest: closest.ct.template, missing: missing.length > 0 ? missing : ["(các cột của biểu)"], headerTop: closest.top, headerBottom: closest.bottom, draft },
  };
}

/** A score no guess reaches: a band the officer's map fits is the sheet's header. */
const MAP_BONUS = 1000;

/** The scanned row with the most texts, as a one-row header with no field guessed (no template came near). */
function fullestRow(area: HeaderArea): Pick<NoMatch, "headerTop" | "headerBottom" | "draft"> {
  let best = -1;
  let count = 1;
  area.keys.forEach((row, i) => {
    const n = row.filter((k) => k !== null).length;
    if (n > count) {
      best = i;
      count = n;
    }
  });
  if (best < 0) return { headerTop: null, headerBottom: null, draft: [] };
  const draft = area.keys[best].flatMap((k, i) => (k ? [{ col: area.left + i, header: k.text.replace(/\s+/g, " ").trim(), fieldId: null }] : []));
  return { headerTop: area.top + best, headerBottom: area.top + best, draft };
}

/** True when a sheet row holds more numbers than texts. */
function mostlyNumbers(grid: Grid, row: number): boolean {
  const cells = grid.values[row - grid.origin.row] ?? [];
  let numbers = 0;
  let texts = 0;
  for (const v of cells) {
    if (typeof v === "number") numbers += 1;
    else if (typeof v === "string" && v.trim() !== "") texts += 1;
  }
  return numbers > texts;
}

/** The labels a template still lacks over a band: its required columns, enough columns, and a group for the summary. */
function missingOf(t: Template, m: ColumnMatch): string[] {
  const missing = t.fields.filter((f) => f.required && !m.columns.has(f.id)).map((f) => f.label);
  if (missing.length > 0) return missing;
  // A model's columns that are only guessed still make the sheet this form: they are listed to confirm, not checked.
  const modelColumns = [...m.columns.keys(), ...m.unconfirmed.map((u) => u.fieldId)];
  if (t.groups.length > 0 && !modelColumns.some((k) => k.includes("."))) return t.groups.map((g) => g.label);
  if (modelColumns.length < t.minFields) return ["(các cột của biểu)"];
  return [];
}

function finish(grid: Grid, area: HeaderArea, ct: CompiledTemplate, m: ColumnMatch, top: number, bottom: number): Detection {
  const cols = [...m.columns.values(), ...m.unconfirmed.map((u) => u.col), ...m.unknown.map((u) => u.col)];
  const left = Math.min(...cols);
  const right = Math.max(...cols);
  const numberingRow = isNumberingRow(grid, bottom + 1, left, right) ? bottom + 1 : null;
  const legacyHeaders: { row: number; col: number; raw: string; text: string; encoding: "tcvn3" | "vni" }[] = [];
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      const k = area.keys[r - area.top]?.[c - area.left];
      if (k?.legacy && !area.spread[r - area.top][c - area.left]) {
        const raw = cellAt(grid, r, c);
        legacyHeaders.push({ row: r, col: c, raw: typeof raw === "string" ? raw : k.text, text: k.text, encoding: k.legacy });
      }
    }
  }
  return {
    template: ct.template,
    headerTop: top,
    headerBottom: bottom,
    numberingRow,
    firstBodyRow: (numberingRow ?? bottom) + 1,
    columns: m.columns,
    headers: m.headers,
    sources: m.sources,
    unconfirmed: m.unconfirmed,
    unknownColumns: m.unknown,
    legacyHeaders,
  };
}
