/** Title ids of criteria.md (danh hiệu). */
export const TITLE_IDS = [
  "cong-dan",
  "gia-dinh",
  "dong-ho",
  "cong-dong-thon",
  "don-vi-co-so",
  "don-vi-huyen",
  "don-vi-tinh",
  "cong-dong-xa",
  "cong-dong-huyen",
  "cong-dong-tinh",
] as const;

/** A learning title id (mã danh hiệu). */
export type TitleId = (typeof TITLE_IDS)[number];

/** What a subject earns (kết quả): met/not met for points titles, a level for checklists, a band for TT 22/2020. */
export type Outcome =
  | "met"
  | "not-met"
  | "insufficient-data"
  | "level-1"
  | "level-2"
  | "good"
  | "fair"
  | "average"
  | "fail";

/** One criterion's result inside a verdict (tiêu chí đạt / không đạt) with the reason code and its parameters. */
export interface CriterionResult {
  /** Criterion or item id inside the set ("tc1", "cs3", "tong-diem", "ty-le-gia-dinh"). */
  readonly id: string;
  /** Vietnamese label of the criterion, from the set. */
  readonly label: string;
  readonly met: boolean;
  /** Stable reason code (see criteria/reason.ts), phrased by the messages files. */
  readonly reason: string;
  readonly params: Readonly<Record<string, string | number>>;
  /** True when a number used for this criterion is marked provisional in the set. */
  readonly provisional: boolean;
}

/** The eligibility decision for one subject (kết quả xét danh hiệu), the same whoever asks: pane, function, dashboard. */
export interface Verdict {
  readonly title: TitleId;
  readonly outcome: Outcome;
  readonly points?: number;
  readonly maxPoints?: number;
  readonly criteria: readonly CriterionResult[];
  /** Input field ids that were missing (chưa đủ dữ liệu); non-empty exactly when outcome is insufficient-data. */
  readonly missing: readonly string[];
  /** Input field ids whose value was out of range or of the wrong kind (also listed in `missing`: not usable). */
  readonly invalid?: readonly string[];
  readonly setId: string;
  readonly setVersion: string;
  /** The area variant applied (vùng miền núi / vùng khó khăn), when one was. */
  readonly area?: string;
  /** True when any value the decision used is provisional (chưa xác nhận). */
  readonly provisional: boolean;
}
