import type { Period } from "../criteria-set.schema";

/**
 * QĐ 448/QĐ-KHVN is dated 01/12/2015 (its signing date; the entry into force was not read) and states it is for
 * 2016–2020; no newer set was found, so it is carried on past 2020 — a choice, marked [I] and shown to the user.
 */
export const PERIOD_448: Period = { fromSource: "signed", toSource: "open", statedEnd: "2020-12-31", confidence: "I" };

/** A set starting on its document's signing date (entry into force not read) and still in force. */
export const PERIOD_SIGNED_OPEN: Period = { fromSource: "signed", toSource: "open", confidence: "I" };

/** A set starting on its document's entry into force and still in force. */
export const PERIOD_IN_FORCE_OPEN: Period = { fromSource: "in-force", toSource: "open", confidence: "V" };

/** A district-level set: from the entry into force until districts ended (two-level local government, 01/07/2025). */
export const PERIOD_IN_FORCE_DISTRICT: Period = { fromSource: "in-force", toSource: "district-reform", confidence: "V" };

/** The last day districts existed: from 01/07/2025 local government has two levels (criteria.md). */
export const LAST_DISTRICT_DAY = "2025-06-30";
