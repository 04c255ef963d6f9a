import { z } from "zod";
import { confidenceSchema, isoDateSchema } from "../criteria/threshold.schema";
import { templateFileSchema } from "../templates/column-map";
import { templateSchema } from "../templates/template.schema";

const ID_RULE = "sai định dạng (chỉ chữ thường không dấu, số và dấu gạch ngang)";

/**
 * Version of the province profile format this code writes. Version 2 holds the province's template file (column maps,
 * issue 12's "Ghép cột" format) under `templates`; version 1 files are still read (see parseProfile).
 */
export const PROFILE_VERSION = 2;

/** Schema of a unit expected to report (đơn vị phải báo cáo): its GSO code and name. */
export const rosterUnitSchema = z.strictObject({ code: z.string().regex(/^\d{3,5}$/, { error: "phải là mã đơn vị 3–5 chữ số" }), name: z.string().min(1) });

/** Schema of the roster of one period: the units expected to report from `from` to `to` (inclusive, ISO dates). */
export const rosterSchema = z.strictObject({
  from: isoDateSchema.nullable(),
  to: isoDateSchema.nullable(),
  units: z.array(rosterUnitSchema).min(1),
});

/** Schema of a deadline (hạn nộp): a day of the year after the data year (`yearOffset` 1) or of that year (0). */
export const deadlineSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: ID_RULE }),
  label: z.string().min(1),
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
  yearOffset: z.union([z.literal(0), z.literal(1)]),
  basis: z.string().min(1),
  confidence: confidenceSchema,
});

/** Schema of a target (chỉ tiêu): the share of a group to be recognised by a year, with its basis and confidence. */
export const profileTargetSchema = z.strictObject({
  group: z.string().min(1),
  byYear: z.number().int().min(2000).max(2100),
  percent: z.number().min(0).max(100),
  basis: z.string().min(1),
  confidence: confidenceSchema,
});

/** Schema of the guidance document a province confirms a value with (văn bản hướng dẫn của tỉnh). */
export const guidanceSchema = z.strictObject({ number: z.string().min(1), date: isoDateSchema });

/** Schema of a confirmed criteria value: base set, value path as the criteria file names it, value, document. */
export const confirmedValueSchema = z.strictObject({
  base: z.string().min(1),
  path: z.string().min(1),
  value: z.number().min(0),
  document: guidanceSchema,
});

/** Schema of a province profile (hồ sơ tỉnh), version 2: `templates` is the province's template file, or null. */
export const profileSchema = z.strictObject({
  version: z.literal(PROFILE_VERSION),
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: ID_RULE }),
  name: z.string().min(1),
  provinceCode: z.string().regex(/^\d{2}$/, { error: "phải là mã tỉnh 2 chữ số" }),
  rosters: z.array(rosterSchema).min(1),
  deadlines: z.array(deadlineSchema),
  targets: z.array(profileTargetSchema),
  confirmedValues: z.array(confirmedValueSchema),
  /** The province's template file (column maps of its own report forms, as "Ghép cột" exports it), when it has one. */
  templates: templateFileSchema.nullable(),
});

/** Schema of a version 1 profile: the same fields, `templates` a list of full template definitions no part ever used. */
export const profileSchemaV1 = profileSchema.extend({ version: z.literal(1), templates: z.array(templateSchema) });

/** A province profile as read and validated. */
export type ProvinceProfile = z.infer<typeof profileSchema>;
/** A unit on a roster. */
export type RosterUnit = z.infer<typeof rosterUnitSchema>;
/** The roster of one period. */
export type Roster = z.infer<typeof rosterSchema>;
/** A deadline of the reporting calendar. */
export type Deadline = z.infer<typeof deadlineSchema>;
/** A target of a group by a year. */
export type ProfileTarget = z.infer<typeof profileTargetSchema>;
/** A value confirmed by the province's own guidance. */
export type ConfirmedValue = z.infer<typeof confirmedValueSchema>;
