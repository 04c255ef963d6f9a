import { z } from "zod";

/**
 * How sure a value is (độ tin cậy), as criteria.md marks it: V verified in the document, I inferred from verified
 * facts, P provisional (shown as "chưa xác nhận"), T set or confirmed by the province (tỉnh xác nhận; not provisional).
 */
export const CONFIDENCE_MARKS = ["V", "I", "P", "T"] as const;

/** Schema of a confidence mark. */
export const confidenceSchema = z.enum(CONFIDENCE_MARKS);

/** A confidence mark (V, I, P or T). */
export type Confidence = z.infer<typeof confidenceSchema>;

/** Schema of a numeric threshold or point value with its confidence mark (ngưỡng, điểm). */
export const thresholdSchema = z.strictObject({ value: z.number().min(0), confidence: confidenceSchema });

/** A number of a criteria set with its confidence mark; never a bare literal. */
export type Threshold = z.infer<typeof thresholdSchema>;

/** Schema of a percentage threshold, 0–100 (tỷ lệ %). */
export const percentThresholdSchema = z.strictObject({ value: z.number().min(0).max(100), confidence: confidenceSchema });

/** Schema of an id inside a set: lower-case letters, digits and dashes ("cs3", "ty-le-ky-luat"). */
export const localIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/** Schema of an ISO calendar date (yyyy-mm-dd). */
export const isoDateSchema = z.iso.date();

/** Schema of a legal basis (căn cứ pháp lý): document number, issue date when known, issuer. */
export const legalBasisSchema = z.strictObject({
  document: z.string().min(1),
  date: isoDateSchema.nullable(),
  issuer: z.string().min(1),
});

/** The legal basis of a criteria set. */
export type LegalBasis = z.infer<typeof legalBasisSchema>;
