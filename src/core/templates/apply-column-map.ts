import { headerMatchKey, type ColumnMap } from "./column-map";
import type { BandColumn, ColumnMatch, CompiledTemplate } from "./match-columns";

const keysCache = new WeakMap<ColumnMap, readonly string[]>();

function keysOf(m: ColumnMap): readonly string[] {
  let keys = keysCache.get(m);
  if (!keys) {
    keys = m.columns.map((c) => headerMatchKey(c.header));
    keysCache.set(m, keys);
  }
  return keys;
}

/**
 * The columns of a header band placed by an officer's column map (ghép cột) of this template, when every header of
 * the map is found in the band (in any order; a repeated header takes the next column with that text); else null.
 * Columns the map leaves out (field null) are neither checked nor reported as unknown; columns the map does not know
 * are unknown.
 */
export function mapMatch(ct: CompiledTemplate, band: readonly BandColumn[], maps: readonly ColumnMap[]): ColumnMatch | null {
  for (const map of maps) {
    if (map.templateId !== ct.template.id) continue;
    const keys = keysOf(map);
    const used = new Set<number>();
    const placed: { bc: BandColumn; field: string | null }[] = [];
    for (let i = 0; i < keys.length; i++) {
      const bc = band.find((b, j) => !used.has(j) && b.full.key === keys[i]);
      if (!bc) break;
      used.add(band.indexOf(bc));
      placed.push({ bc, field: map.columns[i].field });
    }
    if (placed.length !== keys.length) continue;
    const m: ColumnMatch = { columns: new Map(), headers: new Map(), sources: new Map(), unconfirmed: [], unknown: [] };
    for (const { bc, field } of placed) {
      if (field === null) continue;
      m.columns.set(field, bc.col);
      m.headers.set(field, bc.shown);
      m.sources.set(field, "column-map");
    }
    band.forEach((bc, j) => {
      if (!used.has(j)) m.unknown.push({ col: bc.col, header: bc.shown });
    });
    return m;
  }
  return null;
}
