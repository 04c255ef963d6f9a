import type { CriterionResult, Outcome } from "./verdict";

/** What a rule's evaluation gives before the set's id and version are attached. */
export interface RuleOutcome {
  readonly outcome: Outcome;
  readonly criteria: readonly CriterionResult[];
  readonly missing: readonly string[];
  readonly invalid?: readonly string[];
  readonly points?: number;
  readonly maxPoints?: number;
  readonly provisional: boolean;
}
