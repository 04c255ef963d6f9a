// Issue 12, end to end: the column map the pane saves ("Ghép cột") travels inside the workbook. The unrecognised
// province form is opened in the Excel fake, mapped through the pane's services, saved as .xlsx (all sheets and the
// workbook settings), and the built `xhht check` — no --templates — gives the pane's issues. A damaged map saved in
// the file is named in the CLI text and JSON, and nothing is checked with it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jsonReportSchema } from "../src/app/json-report";
import { STATE_KEYS } from "../src/core/ports/workbook-port";
import type { FakeExcel } from "./excel-fake";
import { saveFakeAsXlsx } from "./support/fake-to-xlsx";
import { mapProvinceForm, openProvinceForm, PROVINCE_FORM } from "./support/province-form-fake";

const ROOT = join(__dirname, "..");
const CLI = join(ROOT, "dist", "cli", "xhht.js");

const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", cwd: ROOT });

/** The fake saved as .xlsx in a fresh folder; returns its path. */
async function saved(fake: FakeExcel, name: string): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), "xhht-mapfile-")), name);
  writeFileSync(path, await saveFakeAsXlsx(fake.model));
  return path;
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error("dist/cli/xhht.js is missing: run `npm run build` first (npm test does).");
});

it("the map saved by the pane is used by `xhht check` on the saved workbook: the pane's issues, no template file", async () => {
  const fake = await openProvinceForm();
  const sheet = fake.model.sheets[0].name;
  const paneIssues = (await mapProvinceForm(fake)).map((i) => `${i.code}@${i.where.address}`).sort();
  expect(paneIssues).toEqual(expect.arrayContaining(["recognised-exceeds-registered@D5", "rate-mismatch@E6"]));

  // Before the map is saved the same file is not checked; with it, the CLI finds it in the file.
  const unmapped = cli("check", "--json", PROVINCE_FORM);
  expect(jsonReportSchema.parse(JSON.parse(unmapped.stdout)).files[0].status).toBe("unchecked");
  const file = await saved(fake, "mau-tinh-da-ghep.xlsx");
  const r = cli("check", "--json", file);
  const doc = jsonReportSchema.parse(JSON.parse(r.stdout));
  expect(doc.files[0].status).toBe("checked");
  expect(doc.files[0].mapProblems).toBeUndefined();
  expect(doc.files[0].sheets[0].template).toBe("tong-hop-mo-hinh");
  expect(doc.files[0].sheets.flatMap((s) => s.issues.map((i) => `${i.code}@${i.cell}`)).sort()).toEqual(paneIssues);
  expect(r.status).toBe(1); // errors found

  const text = cli("check", file);
  expect(text.stdout).toContain("[" + sheet + "] tong-hop-mo-hinh");
  expect(text.stdout).not.toContain("Bản ghép cột lưu trong tệp");
});

it("a damaged map saved in the workbook is named in the CLI text and JSON and ignored: the sheet stays unchecked", async () => {
  const fake = await openProvinceForm();
  fake.model.settings.set(STATE_KEYS.columnMaps, '{"format":"xhht-column-map","version":1,"maps":[{"templateId":"khong-co","columns":[]}]}');
  const file = await saved(fake, "mau-tinh-ghep-hong.xlsx");
  const doc = jsonReportSchema.parse(JSON.parse(cli("check", "--json", file).stdout));
  expect(doc.files[0].status).toBe("unchecked");
  expect(doc.files[0].mapProblems?.length).toBeGreaterThan(0);
  expect(doc.files[0].mapProblems?.every((p) => p.startsWith("Bản ghép cột lưu trong tệp: "))).toBe(true);
  const text = cli("check", file);
  expect(text.status).toBe(1);
  for (const p of doc.files[0].mapProblems ?? []) expect(text.stdout).toContain(p);
});
