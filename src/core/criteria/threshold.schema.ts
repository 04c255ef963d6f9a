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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when the text is a calendar date written yyyy-mm-dd that exists (2024-02-29 does, 2025-02-30 does not). */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

/**
 * Schema of an ISO calendar date (yyyy-mm-dd), the one date schema of every file format. Not `z.iso.date()`: webpack
 * (5.113) resolves `z.iso.date` through zod's nested namespaces to the top-level `z.date()` when zod is imported as
 * `{ z }`, so every bundle (pane, dashboard, CLI) refused each date string as "not a Date" (test/zod-namespaces).
 * The issue keeps zod's own shape (invalid_format, format "date").
 */
export const isoDateSchema = z.string().check((ctx) => {
  if (!isIsoDate(ctx.value)) ctx.issues.push({ code: "invalid_format", format: "date", input: ctx.value, message: "phải là ngày dạng yyyy-mm-dd" });
});

/** Schema of a legal basis (căn cứ pháp lý): document number, issue date when known, issuer. */
export const legalBasisSchema = z.strictObject({
  document: z.string().min(1),
  date: isoDateSchema.nullable(),
  issuer: z.string().min(1),
});

/** The legal basis of a criteria set. */
export type LegalBasis = z.infer<typeof legalBasisSchema>;
