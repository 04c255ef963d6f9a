import { z } from "zod";
import { TITLE_IDS } from "./verdict";
import { ruleSchema } from "./rule.schema";
import { confidenceSchema, isoDateSchema, legalBasisSchema, localIdSchema, thresholdSchema } from "./threshold.schema";

/** Area variants that may lower some thresholds (vùng miền núi, vùng khó khăn), as QĐ 281/QĐ-TTg did for targets. */
export const AREAS = ["mien-nui", "vung-kho-khan"] as const;

/** An area variant id. */
export type Area = (typeof AREAS)[number];

/** Where a set came from: built into the product, a province's file, or the workbook's criteria sheet. */
export const SET_ORIGINS = ["builtin", "file", "sheet"] as const;

/** Schema of an area variant: the values it replaces, keyed by value path ("total.min", "tc3.min"). */
export const areaVariantSchema = z.strictObject({
  area: z.enum(AREAS),
  label: z.string().min(1),
  values: z.record(z.string().min(1), thresholdSchema),
});

/**
 * Where a date of a set's period comes from (nguồn của ngày): the document's entry into force, its signing date (used
 * when the entry into force was not read), the day before the next set starts, the end of districts (2025-07-01), not
 * known, or no end (still in force).
 */
export const DATE_SOURCES = ["in-force", "signed", "next-set", "district-reform", "unknown", "open"] as const;

/** A source of a period date. */
export type DateSource = (typeof DATE_SOURCES)[number];

/**
 * Schema of a set's period explained (thời gian áp dụng): where each date comes from and, for a set the document says is
 * "for 2016–2020" but that is carried on because no newer one was found, the end it states — a choice marked [I].
 */
export const periodSchema = z.strictObject({
  fromSource: z.enum(DATE_SOURCES),
  toSource: z.enum(DATE_SOURCES),
  /** The last day of the period the document itself names, when the set is carried on after it. */
  statedEnd: isoDateSchema.optional(),
  /** How sure the period is: I when it is carried on past its stated end or a date is inferred. */
  confidence: confidenceSchema,
});

/** The explanation of a set's period. */
export type Period = z.infer<typeof periodSchema>;

/**
 * Schema of who recognises the title (cấp công nhận) during part of a set's period: a setting, since after 2025-07-01
 * the recogniser of commune-level titles is not confirmed; a province states its own in its criteria file.
 */
export const recogniserSchema = z.strictObject({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  name: z.string().min(1),
  confidence: confidenceSchema,
});

/** Who recognises a title, for part of a set's period. */
export type Recogniser = z.infer<typeof recogniserSchema>;

/** Schema of a criteria set (bộ tiêu chí): a versioned rule for one title with its legal basis and period. */
export const criteriaSetSchema = z.strictObject({
  id: localIdSchema,
  version: z.string().min(1),
  title: z.enum(TITLE_IDS),
  name: z.string().min(1),
  legalBasis: legalBasisSchema,
  /** First day the set applies; null when the start is not known. */
  validFrom: isoDateSchema.nullable(),
  /** Last day the set applies; null while it is still in force. */
  validTo: isoDateSchema.nullable(),
  /** Where the dates come from; every built-in set has one, a province's file may leave it out. */
  period: periodSchema.optional(),
  /** Who recognises the title, by period; a province sets its own (criteria file, later the province profile). */
  recognisers: z.array(recogniserSchema).optional(),
  origin: z.enum(SET_ORIGINS).optional(),
  /** What is known and what is not about the set, in Vietnamese. */
  note: z.string().optional(),
  variants: z.array(areaVariantSchema).optional(),
  /** The area variant already applied to the values, when one was. */
  appliedArea: z.enum(AREAS).optional(),
  rule: ruleSchema,
});

/** A criteria set, as its schema infers it. */
export type CriteriaSet = z.infer<typeof criteriaSetSchema>;

/** An area variant of a criteria set. */
export type AreaVariant = z.infer<typeof areaVariantSchema>;
