import { readFileSync } from "node:fs";
import { fail, ok, type Result } from "../../core/result";
import { BUILTIN_TEMPLATES } from "../../core/templates/builtin";
import { parseTemplateFile, type ColumnMap } from "../../core/templates/column-map";

/** Reads and validates a province's template file for `--templates` (the column maps it holds); problems in Vietnamese. */
export function loadTemplatesFile(path: string): Result<readonly ColumnMap[], string> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return fail(`Không đọc được tệp biểu mẫu "${path}".`);
  }
  const parsed = parseTemplateFile(text, BUILTIN_TEMPLATES);
  return parsed.ok ? ok(parsed.value.maps) : fail(`Tệp biểu mẫu "${path}" có lỗi:\n  - ${parsed.error.join("\n  - ")}`);
}
