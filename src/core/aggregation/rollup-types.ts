import type { AdminUnit } from "./admin-unit";
import type { Period } from "./period";

/** Group ids of the summary form (tổng hợp mô hình học tập); rows may carry others, which are summed the same way. */
export const ROLLUP_GROUP_IDS = ["gia-dinh", "dong-ho", "cong-dong-thon", "don-vi-co-so", "cong-dong-xa", "cong-dan"] as const;

/** Counts of one group on one row: tổng số, đăng ký, công nhận (null when the cell is empty or the group is missing). */
export interface GroupCounts {
  readonly total: number | null;
  readonly registered: number | null;
  readonly recognised: number | null;
}

/** Summed counts of one group, with the rate recognised ÷ total × 100 computed from the sums (null when total is 0). */
export interface GroupSum extends GroupCounts {
  readonly rate: number | null;
}

/** One unit row of a report to roll up. */
export interface RollupRow {
  /** Where it came from (file, sheet, row), for notes. */
  readonly source: string;
  readonly unitCode?: string;
  readonly unitName: string;
  readonly groups: Readonly<Record<string, GroupCounts>>;
  /** Period of the report the row came from; defaults to the roll-up's (old reports fed into a new-province roll-up). */
  readonly period?: Period;
  /** Year of the report the row came from; defaults to the roll-up's. */
  readonly year?: number;
}

/** How to roll up: the period of the result, the level of its lines, and the report year and province scope. */
export interface RollupOptions {
  readonly period: Period;
  readonly by: "commune" | "district" | "province";
  readonly year?: number;
  readonly provinceCode?: string;
}

/** A line of the result: a target unit, an old commune that cannot be split between its successors, or the grand total. */
export interface RollupLine {
  readonly kind: "unit" | "split" | "total";
  readonly code: string;
  readonly name: string;
  readonly sources: readonly string[];
  readonly rowCount: number;
  readonly groups: Readonly<Record<string, GroupSum>>;
}

/** Why a row needs a word: stable codes, in the kebab-case of validation issues. */
export type RollupNoteCode =
  | "unit-unknown"
  | "unit-ambiguous"
  | "unit-out-of-scope"
  | "unit-code-mismatch"
  | "unit-not-in-year"
  | "subtotal-skipped"
  | "duplicate-unit"
  | "mapped-to-successor"
  | "split-successors"
  | "no-successor"
  | "cannot-map-to-old-list"
  | "no-districts-after-merger";

/** A note on a row (or, with an empty source, on the whole roll-up); `placed` says whether its counts are in the lines. */
export interface RollupNote {
  readonly code: RollupNoteCode;
  readonly source: string;
  readonly unitName: string;
  readonly unitCode?: string;
  readonly placed: boolean;
  /** Units the note is about: suggestions, candidates, successors, or the unit the row was mapped to. */
  readonly units: readonly Pick<AdminUnit, "code" | "name">[];
}

/** The roll-up: one line per target unit in code order (split lines last), the grand total, and the notes. */
export interface RollupResult {
  readonly period: Period;
  readonly by: RollupOptions["by"];
  readonly lines: readonly RollupLine[];
  readonly total: RollupLine;
  readonly notes: readonly RollupNote[];
}
