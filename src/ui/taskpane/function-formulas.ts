import type { TableLocation } from "../../core/validation/report";

/** How a template's row becomes a call of the add-in's custom function (hàm XHHT), by the template's field ids. */
interface FunctionSpec {
  readonly name: string;
  /** Field ids passed one by one, or a [first, last] pair passed as one range. */
  readonly args: readonly string[] | { readonly range: readonly [string, string] };
}

const SPECS: Readonly<Record<string, FunctionSpec>> = {
  "cong-dan-hoc-tap": { name: "CONGDAN", args: { range: ["cs1", "cs10"] } },
  "gia-dinh-hoc-tap": { name: "GIADINH", args: ["tc1", "tc2", "tc3", "tc4"] },
  "don-vi-hoc-tap": { name: "DONVI", args: ["c1", "c2", "c3"] },
};

/** Header written above the formulas. */
export const FUNCTIONS_HEADER = "Hàm XHHT";

/**
 * The formula for one sheet row ("=XHHT.CONGDAN(G6:P6)"), or null when the template has no function or a column it
 * needs was not found. Formulas use Excel's English syntax (comma separators), as the Office API expects.
 */
export function functionFormula(templateId: string, table: TableLocation, row: number, year: number | null): string | null {
  const spec = SPECS[templateId];
  if (!spec) return null;
  const col = (id: string) => table.columns.find((c) => c.fieldId === id)?.column;
  let args: string[];
  if ("range" in spec.args) {
    const [a, b] = spec.args.range.map(col);
    if (!a || !b) return null;
    args = [`${a}${row}:${b}${row}`];
  } else {
    const cols = spec.args.map(col);
    if (cols.some((c) => !c)) return null;
    args = cols.map((c) => `${c}${row}`);
  }
  if (year !== null) args.push(String(year));
  return `=XHHT.${spec.name}(${args.join(",")})`;
}

/** True when the template has a custom function the pane can insert. */
export function hasFunction(templateId: string | null): boolean {
  return templateId !== null && templateId in SPECS;
}

/** Rows an officer types ("6-10, 12") as sorted 1-based row numbers; null when the text cannot be read. */
export function parseRows(text: string): number[] | null {
  const t = text.trim();
  if (t === "") return [];
  const out = new Set<number>();
  for (const part of t.split(/[,;\s]+/).filter(Boolean)) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!m) return null;
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    if (a < 1 || b < a || b - a > 100_000) return null;
    for (let r = a; r <= b; r++) out.add(r);
  }
  return [...out].sort((x, y) => x - y);
}
