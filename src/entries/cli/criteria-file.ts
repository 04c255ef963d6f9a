import { readFileSync } from "node:fs";
import { parseCriteriaFile, type CriteriaSet } from "../../core/criteria";
import { fail, ok, type Result } from "../../core/result";

/** Reads and validates a province's criteria file for `--criteria`; every problem is named in Vietnamese. */
export function loadCriteriaFile(path: string): Result<CriteriaSet[], string> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return fail(`Không đọc được tệp tiêu chí "${path}".`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(`Tệp tiêu chí "${path}" không phải JSON hợp lệ.`);
  }
  const parsed = parseCriteriaFile(json);
  return parsed.ok ? ok(parsed.value) : fail(`Tệp tiêu chí "${path}" có lỗi:\n  - ${parsed.error.join("\n  - ")}`);
}
