import { type Result, fail, ok } from "../core/result";
import { toOfficeFailure, type OfficeFailure } from "../core/ports/office-errors";

/** A workflow's outcome for the pane: a value, or an Office failure with its Vietnamese message. */
export type OfficeResult<T> = Result<T, OfficeFailure>;

/** Runs a workflow step and turns any thrown port error into a failed result. */
export async function attempt<T>(fn: () => Promise<T>): Promise<OfficeResult<T>> {
  try {
    return ok(await fn());
  } catch (e) {
    return fail(toOfficeFailure(e));
  }
}
