import { criteriaSetSchema } from "./criteria-set.schema";
import { BUILTIN_SETS } from "./builtin";
import { isIsoDate, isoDateSchema } from "./threshold.schema";
import { zodIssueVi } from "./zod-message";

it("takes only calendar dates that exist, written yyyy-mm-dd", () => {
  expect(["2024-02-29", "2000-02-29", "2015-12-01", "2025-06-30", "2025-01-31"].filter(isIsoDate)).toHaveLength(5);
  expect(["2025-02-29", "1900-02-29", "2025-02-30", "2025-04-31", "2025-13-01", "2025-00-10", "2025-1-1", "01/02/2025", "2025-01-01T00:00", ""].filter(isIsoDate)).toEqual([]);
});

it("reports a wrong date as a date format issue with its Vietnamese text, and other types as wrong types", () => {
  const bad = isoDateSchema.safeParse("2025-02-30");
  expect(bad.success).toBe(false);
  expect(bad.error?.issues.map((i) => [i.code, zodIssueVi(i)])).toEqual([["invalid_format", "phải là ngày dạng yyyy-mm-dd"]]);
  expect(isoDateSchema.safeParse(20250101).error?.issues[0].code).toBe("invalid_type");
  expect(isoDateSchema.parse("2024-02-29")).toBe("2024-02-29");
});

it("accepts every built-in set with its dates (validFrom, validTo, legal basis, period)", () => {
  for (const set of BUILTIN_SETS) expect(criteriaSetSchema.safeParse(set).success).toBe(true);
});
