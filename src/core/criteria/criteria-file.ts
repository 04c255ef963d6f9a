import type { CriteriaSet } from "./criteria-set.schema";
import { fail, ok, type Result } from "../result";
import { BUILTIN_SETS } from "./builtin";
import { parseCriteriaSet } from "./parse-set";
import { confidenceSchema, type Threshold } from "./threshold.schema";
import { withValues } from "./value-paths";

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === "object" && !Array.isArray(x);

/** A value of an override: a bare number is set by the province (T); an object may carry its own mark. */
function toThreshold(v: unknown): Threshold | undefined {
  if (typeof v === "number" && Number.isFinite(v) && v >= 0) return { value: v, confidence: "T" };
  if (isObject(v) && typeof v.value === "number" && Number.isFinite(v.value) && v.value >= 0) {
    const c = confidenceSchema.safeParse(v.confidence ?? "T");
    return c.success ? { value: v.value, confidence: c.data } : undefined;
  }
  return undefined;
}

/** Applies one partial override `{ base, version, values }` to the set it names. */
function applyOverride(o: Record<string, unknown>, where: string, base: readonly CriteriaSet[]): Result<CriteriaSet, string[]> {
  const baseSet = base.find((s) => s.id === o.base);
  if (!baseSet) return fail([`${where}: không có bộ tiêu chí gốc '${String(o.base)}' (base).`]);
  if (typeof o.version !== "string" || !o.version.trim()) return fail([`${where}: thiếu phiên bản (version) của bộ tiêu chí.`]);
  if (!isObject(o.values)) return fail([`${where}: "values" phải là một bảng { "đường.dẫn": số }.`]);
  const errors: string[] = [];
  // No prototype: a key such as "__proto__" stays an ordinary (unknown) path and is reported, never dropped.
  const values: Record<string, Threshold> = Object.create(null) as Record<string, Threshold>;
  for (const [path, raw] of Object.entries(o.values)) {
    const t = toThreshold(raw);
    if (t) values[path] = t;
    else errors.push(`${where}, mục ${path}: phải là số ≥ 0.`);
  }
  const { set, unknown, invalid } = withValues(baseSet, values);
  for (const p of unknown) errors.push(`${where}: bộ '${baseSet.id}' không có giá trị "${p}".`);
  for (const p of invalid) errors.push(`${where}, mục ${p}: chỉ số bắt buộc chỉ nhận giá trị 1 (xác nhận), không bỏ được bằng cách này.`);
  if (errors.length) return fail(errors);
  const copy = { ...set, version: o.version, origin: "file" } as Record<string, unknown>;
  for (const k of ["validFrom", "validTo", "note", "name"]) if (k in o) copy[k] = o[k];
  // Who recognises the title is the province's own word unless it marks it otherwise (T).
  if (Array.isArray(o.recognisers)) copy.recognisers = o.recognisers.map((r: unknown) => (isObject(r) && !("confidence" in r) ? { ...r, confidence: "T" } : r));
  return parseCriteriaSet(copy, where);
}

/**
 * Reads a province's criteria file (tệp tiêu chí của tỉnh): a list (or `{ sets: [...] }`, or one entry) of full
 * criteria sets or partial overrides `{ base: setId, version, values: { "path.to.value": number } }`. Every set is
 * validated; the result lists every problem in Vietnamese, or the sets marked as coming from a file.
 */
export function parseCriteriaFile(json: unknown, base: readonly CriteriaSet[] = BUILTIN_SETS): Result<CriteriaSet[], string[]> {
  const list = Array.isArray(json) ? json : isObject(json) && Array.isArray(json.sets) ? json.sets : isObject(json) ? [json] : null;
  if (!list) return fail(["Tệp tiêu chí phải là một danh sách bộ tiêu chí (JSON)."]);
  const sets: CriteriaSet[] = [];
  const errors: string[] = [];
  list.forEach((entry: unknown, i: number) => {
    const where = `Mục ${i + 1} của tệp${isObject(entry) && typeof entry.id === "string" ? ` ('${entry.id}')` : ""}`;
    if (!isObject(entry)) {
      errors.push(`${where}: phải là một đối tượng JSON.`);
      return;
    }
    const r = "base" in entry && !("rule" in entry) ? applyOverride(entry, where, [...base, ...sets]) : parseCriteriaSet({ ...entry, origin: "file" }, where);
    if (r.ok) sets.push(r.value);
    else errors.push(...r.error);
  });
  return errors.length ? fail(errors) : ok(sets);
}
