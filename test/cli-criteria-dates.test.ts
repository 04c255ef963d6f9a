// The built CLI (a webpack bundle, like the pages) reads a province criteria file whose sets carry dates: valid dates
// are accepted, a date that does not exist is refused with the field named (exit 2).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
const CLI = join(ROOT, "dist", "cli", "xhht.js");
const SAMPLE = join(ROOT, "test", "fixtures", "samples", "xa-lam-giang-2025.xlsx");

function check(validFrom: string) {
  const file = join(mkdtempSync(join(tmpdir(), "xhht-criteria-")), "tieu-chi.json");
  writeFileSync(file, JSON.stringify([{ base: "gia-dinh-448", version: "2025-lc", validFrom, validTo: "2025-12-31", values: { "total.min": 75 } }]));
  return spawnSync(process.execPath, [CLI, "check", "--criteria", file, SAMPLE], { encoding: "utf8", cwd: ROOT });
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error("dist/cli/xhht.js is missing: run `npm run build` first (npm test does).");
});

it("accepts a criteria file with validFrom/validTo dates", () => {
  const r = check("2025-01-01");
  expect(r.stderr).toBe("");
  expect(r.status).not.toBe(2);
  expect(r.stdout).toContain("xa-lam-giang-2025.xlsx");
});

it("refuses a date that does not exist, naming the field", () => {
  const r = check("2025-02-30");
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/validFrom: phải là ngày dạng yyyy-mm-dd/);
});
