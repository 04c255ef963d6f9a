import { compilePatterns } from "./header-key";
import type { Field, Template } from "./template.schema";

/**
 * How a column was placed (cột được nhận ra nhờ đâu): by its header's words, a model's abbreviation, the unit it counts
 * ("hộ", "thôn"), the only model on the sheet, the other headers of the sheet, the officer's column map — or, weakly, by
 * its position next to a model's columns or an abbreviation that can mean two models.
 */
export type ColumnSource = "header" | "abbreviation" | "unit-word" | "sole-model" | "other-headers" | "column-map" | "position" | "ambiguous-abbreviation";

/** A compiled pattern list whose answers within one detection are kept by key number (cheaper than string lookups). */
export class Pattern {
  private answers: (boolean | undefined)[] = [];
  private round = -1;

  constructor(private readonly test: (k: string) => boolean) {}

  /** True when the key (numbered `id` in detection `round`) matches. */
  matches(round: number, key: Key): boolean {
    if (this.round !== round) {
      this.round = round;
      this.answers = [];
    }
    const hit = this.answers[key.id];
    if (hit !== undefined) return hit;
    const found = this.test(key.key);
    this.answers[key.id] = found;
    return found;
  }
}

/** A key (plain or keeping đ) with its number in one detection. */
export interface Key {
  readonly key: string;
  readonly id: number;
}

/** A column's header over one band: its path (keys numbered; the leaf is last), joined keys and the text shown. */
export interface BandColumn {
  readonly col: number;
  readonly parts: readonly { readonly plain: Key; readonly withD: Key }[];
  readonly full: Key;
  readonly fullD: Key;
  readonly shown: string;
}

interface CompiledGroup {
  readonly id: string;
  readonly plain: Pattern;
  readonly withD: Pattern;
  readonly weak: Pattern;
  readonly unit: Pattern;
}

/** A template with its patterns compiled once. */
export interface CompiledTemplate {
  readonly template: Template;
  readonly groups: readonly CompiledGroup[];
  readonly fields: readonly { readonly field: Field; readonly plain: Pattern; readonly withD: Pattern }[];
}

const compiledCache = new WeakMap<Template, CompiledTemplate>();
const pattern = (ps: readonly string[]) => new Pattern(compilePatterns(ps));

/** Compiles a template's patterns (remembered per template object). */
export function compileTemplate(t: Template): CompiledTemplate {
  const hit = compiledCache.get(t);
  if (hit) return hit;
  const c: CompiledTemplate = {
    template: t,
    groups: t.groups.map((g) => ({ id: g.id, plain: pattern(g.patterns), withD: pattern(g.abbreviations), weak: pattern(g.weakAbbreviations), unit: pattern(g.unitWords) })),
    fields: t.fields.map((f) => ({ field: f, plain: pattern(f.patterns), withD: pattern(f.abbreviations) })),
  };
  compiledCache.set(t, c);
  return c;
}

/** Columns assigned to fields over one band: sure ones, weak ones (to confirm) and unknown ones. */
export interface ColumnMatch {
  readonly columns: Map<string, number>;
  readonly headers: Map<string, string>;
  readonly sources: Map<string, ColumnSource>;
  readonly unconfirmed: { col: number; header: string; fieldId: string; how: ColumnSource }[];
  readonly unknown: { col: number; header: string }[];
}

type Part = BandColumn["parts"][number];
type Found = { group: string; how: ColumnSource } | { weak: string[] } | null;

/** The model a header path names: by name or abbreviation (upper rows first), else by its weak abbreviation or unit word. */
function findGroup(ct: CompiledTemplate, bc: BandColumn, round: number): Found {
  const { parts } = bc;
  const leaf = parts[parts.length - 1];
  const upper = parts.length > 1 ? parts.slice(0, -1) : parts;
  const named = (ps: readonly Part[]): Found => {
    for (const g of ct.groups) for (const p of ps) if (g.plain.matches(round, p.plain)) return { group: g.id, how: "header" };
    for (const g of ct.groups) for (const p of ps) if (g.withD.matches(round, p.withD)) return { group: g.id, how: "abbreviation" };
    return null;
  };
  const found = named(upper) ?? (parts.length > 1 ? named([leaf]) : null);
  if (found) return found;
  const weak = ct.groups.filter((g) => parts.some((p) => g.weak.matches(round, p.withD))).map((g) => g.id);
  const units = ct.groups.filter((g) => g.unit.matches(round, leaf.plain)).map((g) => g.id);
  if (weak.length > 0) {
    const decided = units.filter((u) => weak.includes(u));
    return decided.length === 1 ? { group: decided[0], how: "unit-word" } : { weak };
  }
  return units.length === 1 ? { group: units[0], how: "unit-word" } : null;
}

/** The group field (of `group`, not yet taken) whose leaf patterns match the column's leaf header. */
function roleField(ct: CompiledTemplate, group: string, bc: BandColumn, taken: ReadonlyMap<string, number>, round: number): string | null {
  const leaf = bc.parts[bc.parts.length - 1];
  for (const f of ct.fields) {
    if (f.field.group !== group || taken.has(f.field.id)) continue;
    if (f.plain.matches(round, leaf.plain) || f.withD.matches(round, leaf.withD)) return f.field.id;
  }
  return null;
}

/** A field that belongs to no group (STT, unit name, note...) matching the column's leaf or whole path. */
function plainField(ct: CompiledTemplate, bc: BandColumn, taken: ReadonlyMap<string, number>, round: number): string | null {
  const leaf = bc.parts[bc.parts.length - 1];
  for (const f of ct.fields) {
    if (f.field.group || taken.has(f.field.id)) continue;
    if (f.plain.matches(round, leaf.plain) || f.withD.matches(round, leaf.withD)) return f.field.id;
    if (bc.parts.length > 1 && (f.plain.matches(round, bc.full) || f.withD.matches(round, bc.fullD))) return f.field.id;
  }
  return null;
}

/**
 * Assigns columns to fields for one template over one header band. A column whose model is not named takes the sheet's
 * only model, or the model its ambiguous abbreviation resolved to elsewhere on the sheet; failing that it takes its left
 * neighbour's model or the abbreviation's first reading, and is then only a guess to confirm.
 */
export function matchColumns(ct: CompiledTemplate, band: readonly BandColumn[], round: number): ColumnMatch {
  const m: ColumnMatch = { columns: new Map(), headers: new Map(), sources: new Map(), unconfirmed: [], unknown: [] };
  const place = (id: string, bc: BandColumn, how: ColumnSource) => {
    m.columns.set(id, bc.col);
    m.headers.set(id, bc.shown);
    m.sources.set(id, how);
  };
  const pending: { bc: BandColumn; weak: string[] | null }[] = [];
  for (const bc of band) {
    const found = ct.groups.length > 0 ? findGroup(ct, bc, round) : null;
    const id = found && "group" in found ? roleField(ct, found.group, bc, m.columns, round) : null;
    if (id && found && "group" in found) place(id, bc, found.how);
    else {
      const plain = plainField(ct, bc, m.columns, round);
      if (plain) place(plain, bc, "header");
      else pending.push({ bc, weak: found && "weak" in found ? found.weak : null });
    }
  }
  const held = () => new Set([...m.columns.keys()].filter((k) => k.includes(".")).map((k) => k.slice(0, k.indexOf("."))));
  for (const { bc, weak } of pending) {
    const models = held();
    const sole = models.size === 1 ? [...models][0] : null;
    const sure = weak ? weak.filter((g) => models.has(g)) : sole ? [sole] : [];
    const id = sure.length === 1 ? roleField(ct, sure[0], bc, m.columns, round) : null;
    if (id) {
      place(id, bc, weak ? "other-headers" : "sole-model");
      continue;
    }
    const guesses = weak ?? [leftNeighbourGroup(m.columns, bc.col)].filter((g): g is string => g !== null);
    const guessed = guesses.map((g) => roleField(ct, g, bc, m.columns, round)).find((f) => f !== null) ?? null;
    if (guessed && !m.unconfirmed.some((u) => u.fieldId === guessed)) {
      m.unconfirmed.push({ col: bc.col, header: bc.shown, fieldId: guessed, how: weak ? "ambiguous-abbreviation" : "position" });
    } else m.unknown.push({ col: bc.col, header: bc.shown });
  }
  return m;
}

/** The model of the nearest placed column to the left of `col`, if it is a group column. */
function leftNeighbourGroup(columns: ReadonlyMap<string, number>, col: number): string | null {
  let best: { id: string; c: number } | null = null;
  for (const [id, c] of columns) if (c < col && (!best || c > best.c)) best = { id, c };
  return best && best.id.includes(".") ? best.id.slice(0, best.id.indexOf(".")) : null;
}
