import { readFileSync } from "node:fs";
import { laoCaiLoaded, parseProfileText, type LoadedProfile } from "../../core/province";
import { fail, ok, type Result } from "../../core/result";

/** The profile of `--province FILE`, or the built-in Lào Cai profile; a bad file is refused with every problem named. */
export function loadProvinceFile(path: string | undefined): Result<LoadedProfile, string> {
  if (path === undefined) return ok(laoCaiLoaded());
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return fail(`Không đọc được tệp hồ sơ tỉnh "${path}".`);
  }
  const parsed = parseProfileText(text);
  return parsed.ok ? ok(parsed.value) : fail(`Tệp hồ sơ tỉnh "${path}" có lỗi, không dùng:\n  - ${parsed.error.join("\n  - ")}`);
}
