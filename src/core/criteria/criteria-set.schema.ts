import { z } from "zod";
import { TITLE_IDS } from "./verdict";
import { ruleSchema } from "./rule.schema";
import { isoDateSchema, legalBasisSchema, localIdSchema, thresholdSchema } from "./threshold.schema";

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
