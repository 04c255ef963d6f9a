import { z } from "zod";
import { zodErrorsVi } from "../criteria/zod-message";
import { fail, ok, type Result } from "../result";
import { textKeys } from "./header-key";
import type { Template } from "./template.schema";

/** The format name a template file (tệp biểu mẫu của tỉnh) carries, so another JSON file is never taken for one. */
export const COLUMN_MAP_FORMAT = "xhht-column-map";

/**
 * One column of a form as the officer mapped it: its header text (empty for a column of the header band with no text,
 * as the draft offers it) and the template field it holds (null: leave out).
 */
export const mappedColumnSchema = z.strictObject({
  header: z.string().trim(),
  field: z.string().regex(/^[a-z0-9.-]+$/).nullable(),
});

/** The column map of one form (ghép cột): the template it follows and every header of it, left to right. */
export const columnMapSchema = z.strictObject({
  templateId: z.string().regex(/^[a-z0-9-]+$/),
  /** The sheet the map was made on, shown to the officer (not used to match). */
  sheet: z.string().optional(),
  columns: z.array(mappedColumnSchema).min(1),
});

/**
 * A template file (version 1): the column maps a province hands to its communes, matched by header texts. The same
 * document is what a workbook stores under STATE_KEYS.columnMaps.
 */
export const templateFileSchema = z.strictObject({
  format: z.literal(COLUMN_MAP_FORMAT),
  version: z.literal(1),
  /** Who made it ("Sở GD&ĐT Lào Cai, biểu 2025"). */
  name: z.string().optional(),
  maps: z.array(columnMapSchema),
});

/** A mapped column, validated. */
export type MappedColumn = z.infer<typeof mappedColumnSchema>;
/** A column map, validated. */
export type ColumnMap = z.infer<typeof columnMapSchema>;
/** A template file, validated. */
export type TemplateFile = z.infer<typeof templateFileSchema>;

/** The key a header text is matched by (no diacritics, any case, punctuation and line breaks as single spaces). */
export function headerMatchKey(header: string): string {
  return textKeys(header).plain;
}

/**
 * Reads a template file or a workbook's stored maps (JSON text or an already parsed value) and checks every map
 * against the templates: each problem in Vietnamese, naming the field and what is wrong ("Bản ghép 1, cột 3 (…)").
 */
export function parseTemplateFile(input: unknown, templates: readonly Template[]): Result<TemplateFile, string[]> {
  let json = input;
  if (typeof input === "string") {
    try {
      json = JSON.parse(input) as unknown;
    } catch {
      return fail(["Tệp biểu mẫu không phải JSON hợp lệ."]);
    }
  }
  const parsed = templateFileSchema.safeParse(json);
  if (!parsed.success) return fail(zodErrorsVi(parsed.error, json, "Tệp biểu mẫu"));
  const errors: string[] = [];
  parsed.data.maps.forEach((m, i) => {
    const where = `Bản ghép ${i + 1}${m.sheet ? ` ('${m.sheet}')` : ""}`;
    const t = templates.find((x) => x.id === m.templateId);
    if (!t) {
      errors.push(`${where}, mục templateId: không có biểu mẫu '${m.templateId}'.`);
      return;
    }
    const seen = new Set<string>();
    m.columns.forEach((c, j) => {
      const col = `${where}, cột ${j + 1} ("${c.header}")`;
      if (c.field !== null && !t.fields.some((f) => f.id === c.field)) errors.push(`${col}, mục field: biểu '${t.id}' không có cột '${c.field}'.`);
      if (c.field !== null && seen.has(c.field)) errors.push(`${col}, mục field: cột '${c.field}' đã được ghép cho một tiêu đề khác.`);
      if (c.field !== null) seen.add(c.field);
    });
    if (!m.columns.some((c) => c.field === t.nameField)) errors.push(`${where}: chưa ghép cột tên (${t.fields.find((f) => f.id === t.nameField)?.label ?? t.nameField}).`);
  });
  return errors.length > 0 ? fail(errors) : ok(parsed.data);
}

/** A template file holding these maps. */
export function templateFileOf(maps: readonly ColumnMap[], name?: string): TemplateFile {
  return { format: COLUMN_MAP_FORMAT, version: 1, ...(name ? { name } : {}), maps: [...maps] };
}

/**
 * Adds or replaces a map in a list: a map with the same template and the same header texts (by match key) replaces the
 * older one, so saving again after a correction keeps one map per form.
 */
export function withColumnMap(maps: readonly ColumnMap[], map: ColumnMap): ColumnMap[] {
  const key = mapKey(map);
  return [...maps.filter((m) => mapKey(m) !== key), map];
}

function mapKey(m: ColumnMap): string {
  return `${m.templateId}|${m.columns.map((c) => headerMatchKey(c.header)).join("|")}`;
}
