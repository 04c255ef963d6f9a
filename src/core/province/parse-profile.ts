import type { z } from "zod";
import { parseCriteriaFile } from "../criteria/criteria-file";
import type { CriteriaSet } from "../criteria/criteria-set.schema";
import { zodIssueVi } from "../criteria/zod-message";
import { fail, ok, type Result } from "../result";
import { BUILTIN_TEMPLATES } from "../templates/builtin";
import { parseTemplateFile, type ColumnMap } from "../templates/column-map";
import { profileSchema, profileSchemaV1, PROFILE_VERSION, type ConfirmedValue, type ProvinceProfile } from "./profile.schema";

/** A profile that passed every check, with the criteria sets its confirmed values make. */
export interface LoadedProfile {
  readonly profile: ProvinceProfile;
  /** Built-in sets with the province's confirmed values applied (confidence T: no "chưa xác nhận" badge). */
  readonly criteriaSets: readonly CriteriaSet[];
  /** The column maps of the province's template file (checked against the built-in templates); none without one. */
  readonly columnMaps: readonly ColumnMap[];
}

const PREFIX = "Hồ sơ tỉnh";

// The field of a zod issue as the officer finds it in the file: list items by their id or code, else by position.
function fieldPath(path: readonly PropertyKey[], input: unknown): string {
  let node: unknown = input;
  let out = "";
  for (const key of path) {
    const next = node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === "number") {
      const o = next !== null && typeof next === "object" ? (next as Record<string, unknown>) : {};
      const id = typeof o.id === "string" ? o.id : typeof o.code === "string" ? o.code : null;
      out += id === null ? `[${key + 1}]` : `.${id}`;
    } else out += out === "" ? String(key) : `.${String(key)}`;
    node = next;
  }
  return out;
}

/** The confirmed values as entries of the criteria-file format: one partial override per base set. */
export function confirmedValuesAsCriteriaFile(profileId: string, values: readonly ConfirmedValue[]): unknown[] {
  const byBase = new Map<string, ConfirmedValue[]>();
  for (const v of values) byBase.set(v.base, [...(byBase.get(v.base) ?? []), v]);
  return [...byBase.entries()].map(([base, list]) => ({
    base,
    version: `${profileId}: ${[...new Set(list.map((v) => v.document.number))].join(", ")}`,
    values: Object.fromEntries(list.map((v) => [v.path, { value: v.value, confidence: "T" }])),
  }));
}

function rosterProblems(p: ProvinceProfile): string[] {
  const out: string[] = [];
  p.rosters.forEach((r, i) => {
    const where = `${PREFIX}, mục rosters[${i + 1}]`;
    if (r.from !== null && r.to !== null && r.from > r.to) out.push(`${where}: ngày bắt đầu (from) ${r.from} sau ngày kết thúc (to) ${r.to}.`);
    const seen = new Set<string>();
    for (const u of r.units) {
      if (seen.has(u.code)) out.push(`${where}: mã đơn vị ${u.code} (${u.name}) có hai lần.`);
      seen.add(u.code);
    }
  });
  const sorted = [...p.rosters].sort((a, b) => (a.from ?? "").localeCompare(b.from ?? ""));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1].to;
    const from = sorted[i].from;
    if (prev === null || from === null || from <= prev) out.push(`${PREFIX}, mục rosters: hai danh sách đơn vị chồng lên nhau về thời gian (từ ${from ?? "đầu"}).`);
  }
  const deadlineIds = new Set<string>();
  for (const d of p.deadlines) {
    if (deadlineIds.has(d.id)) out.push(`${PREFIX}, mục deadlines.${d.id}: mã hạn nộp có hai lần.`);
    deadlineIds.add(d.id);
  }
  return out;
}

/**
 * Reads a province profile (hồ sơ tỉnh) from parsed JSON: schema, rosters that do not overlap, and confirmed values
 * applied through the criteria-file format. Every problem is a Vietnamese message naming the field; nothing is kept
 * from a bad profile.
 */
export function parseProfile(json: unknown): Result<LoadedProfile, string[]> {
  const version = json !== null && typeof json === "object" && "version" in json ? (json as { version: unknown }).version : undefined;
  if (version === 1) return parseV1(json);
  if (version !== undefined && version !== PROFILE_VERSION) {
    return fail([`${PREFIX}: phiên bản (version) ${String(version)} không đọc được; XHHT đọc phiên bản 1 và ${PROFILE_VERSION}.`]);
  }
  const r = profileSchema.safeParse(json, { reportInput: true });
  if (!r.success) return fail(schemaProblems(r.error.issues, json));
  return loaded(r.data);
}

// Version 1 is read as version 2 without a template file; its `templates` (full template definitions) were never used
// by any part, so a file that lists some is refused rather than silently losing them.
function parseV1(json: unknown): Result<LoadedProfile, string[]> {
  const r = profileSchemaV1.safeParse(json, { reportInput: true });
  if (!r.success) return fail(schemaProblems(r.error.issues, json));
  if (r.data.templates.length > 0) {
    return fail([`${PREFIX}, mục templates: hồ sơ phiên bản 1 liệt kê biểu mẫu đầy đủ, XHHT không dùng; hãy thay bằng tệp biểu mẫu (xuất từ "Ghép cột") trong hồ sơ phiên bản ${PROFILE_VERSION}.`]);
  }
  return loaded({ ...r.data, version: PROFILE_VERSION, templates: null });
}

function schemaProblems(issues: readonly z.core.$ZodIssue[], json: unknown): string[] {
  // The schema's patterns carry their own Vietnamese message.
  const text = (i: z.core.$ZodIssue) => (i.code === "invalid_format" && i.format === "regex" ? i.message : zodIssueVi(i));
  return issues.map((i) => (i.path.length ? `${PREFIX}, mục ${fieldPath(i.path, json)}: ${text(i)}` : `${PREFIX}: ${text(i)}`));
}

// Rosters that do not overlap, the template file's maps against the templates, the confirmed values as criteria sets.
function loaded(p: ProvinceProfile): Result<LoadedProfile, string[]> {
  const problems = rosterProblems(p);
  if (problems.length) return fail(problems);
  let columnMaps: readonly ColumnMap[] = [];
  if (p.templates !== null) {
    const maps = parseTemplateFile(p.templates, BUILTIN_TEMPLATES);
    if (!maps.ok) return fail(maps.error.map((m) => `${PREFIX}, mục templates — ${m}`));
    columnMaps = maps.value.maps;
  }
  if (p.confirmedValues.length === 0) return ok({ profile: p, criteriaSets: [], columnMaps });
  const sets = parseCriteriaFile(confirmedValuesAsCriteriaFile(p.id, p.confirmedValues));
  if (!sets.ok) return fail(sets.error.map((m) => `${PREFIX}, mục confirmedValues — ${m}`));
  return ok({ profile: p, criteriaSets: sets.value, columnMaps });
}

/** Reads a profile from its JSON text; text that is not JSON gets its own message. */
export function parseProfileText(text: string): Result<LoadedProfile, string[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail([`${PREFIX}: tệp không phải JSON hợp lệ.`]);
  }
  return parseProfile(json);
}
