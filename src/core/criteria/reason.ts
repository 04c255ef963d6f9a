/**
 * Stable reason codes of a criterion result (lý do). Never rename one: they appear in exported reports. Each needs a
 * message in messages/criteria.vi.ts and criteria.en.ts (the switches are exhaustive).
 */
export const REASON_CODES = [
  "met",
  "band-reached",
  "total-below-minimum",
  "item-below-minimum",
  "group-below-minimum",
  "share-below-minimum",
  "condition-not-met",
  "level-target-not-met",
  "not-applicable",
  "missing-input",
  "value-out-of-range",
] as const;

/** A reason code. */
export type ReasonCode = (typeof REASON_CODES)[number];

/** True when a string is a known reason code. */
export function isReasonCode(s: string): s is ReasonCode {
  return (REASON_CODES as readonly string[]).includes(s);
}
