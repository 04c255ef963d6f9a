import { criteriaSetSchema, type CriteriaSet } from "./criteria-set.schema";
import { fail, ok, type Result } from "../result";
import { checkSet } from "./set-checks";
import { zodErrorsVi } from "./zod-message";

/** The name of a set for messages: its id when it has one. */
export function setLabel(json: unknown, fallback: string): string {
  const id = json !== null && typeof json === "object" ? (json as Record<string, unknown>).id : undefined;
  return typeof id === "string" && id ? `Bộ tiêu chí '${id}'` : fallback;
}

/** Validates one criteria set (schema and consistency), with Vietnamese messages naming each wrong path. */
export function parseCriteriaSet(json: unknown, fallbackName = "Bộ tiêu chí"): Result<CriteriaSet, string[]> {
  const name = setLabel(json, fallbackName);
  // reportInput: so a wrong-type value is reported as wrong, not as missing.
  const r = criteriaSetSchema.safeParse(json, { reportInput: true });
  if (!r.success) return fail(zodErrorsVi(r.error, json, name));
  const problems = checkSet(r.data);
  return problems.length ? fail(problems.map((p) => `${name}: ${p}`)) : ok(r.data);
}
