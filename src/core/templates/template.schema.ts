import { z } from "zod";
import { TOTALS_LABELS } from "./totals-labels";

/** Kinds of column value a template knows (kiểu dữ liệu cột). */
export const FIELD_TYPES = ["text", "code", "ordinal", "count", "rate", "score", "points", "year", "boolean", "choice", "result"] as const;

const pattern = z.string().min(1).refine(
  (s) => {
    try {
      new RegExp(s);
      return true;
    } catch {
      return false;
    }
  },
  { message: "không phải biểu thức chính quy hợp lệ" },
);

/** A column of a template (cột): id, Vietnamese label, header patterns, type, range and whether it is required. */
export const fieldSchema = z.object({
  id: z.string().regex(/^[a-z0-9.-]+$/),
  label: z.string().min(1),
  /** Patterns matched against the header's key (lower case, no diacritics, đ → d, single spaces). */
  patterns: z.array(pattern).min(1),
  /** Abbreviation patterns matched against the key that keeps đ ("cđht" ≠ "cdht"). */
  abbreviations: z.array(pattern).default([]),
  type: z.enum(FIELD_TYPES),
  required: z.boolean().default(false),
  min: z.number().optional(),
  max: z.number().optional(),
  choices: z.array(z.string()).optional(),
  /** For group columns of the summary template: the group (title) this column belongs to. */
  group: z.string().optional(),
  /** For group columns: total / registered / recognised / rate / registered-rate. */
  role: z.enum(["total", "registered", "recognised", "rate", "registered-rate"]).optional(),
});

/** A column group of the summary template (nhóm cột): one learning model with total/registered/recognised/rate. */
export const groupSchema = z.object({
  id: z.string(),
  label: z.string(),
  patterns: z.array(pattern).min(1),
  abbreviations: z.array(pattern).default([]),
  /** Abbreviations (on the key keeping đ) that can also mean another model ("cdht"): decided by other headers or asked. */
  weakAbbreviations: z.array(pattern).default([]),
  /** Words of the unit the model counts, on the leaf's plain key ("hộ" for families, "thôn" for villages). */
  unitWords: z.array(pattern).default([]),
  /** Title id whose recognition the group counts (for targets). */
  titleId: z.string(),
});

/** A reporting template as data (biểu mẫu): id, title patterns, columns, what a row is, and the title it decides. */
export const templateSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  /** Patterns of the title line that make this template more likely (on the key of the title text). */
  titlePatterns: z.array(pattern).default([]),
  /** What a body row is; "indicator" rows are one subject's criteria and indicators, judged once for the sheet. */
  rowKind: z.enum(["unit", "person", "household", "clan", "village", "learning-unit", "indicator"]),
  /** Title id decided per row (criteria engine), when rows are subjects. */
  titleId: z.string().optional(),
  fields: z.array(fieldSchema).min(1),
  groups: z.array(groupSchema).default([]),
  /** The field whose text names the row (unit name, person, household head...). */
  nameField: z.string(),
  /** Labels of a totals row, on the plain key of the name or STT cell ("tổng cộng toàn tỉnh", "cộng"). */
  totalsLabels: z.array(pattern).default([...TOTALS_LABELS]),
  /** At least this many fields must be recognised for a sheet to follow the template. */
  minFields: z.number().int().min(1),
});

/** A template column, validated. */
export type Field = z.infer<typeof fieldSchema>;
/** A column group of the summary template, validated. */
export type FieldGroup = z.infer<typeof groupSchema>;
/** A reporting template, validated. */
export type Template = z.infer<typeof templateSchema>;
/** A template as written in data files, before defaults. */
export type TemplateInput = z.input<typeof templateSchema>;
