/**
 * One verdict, three ways (issue "Eligibility"): for the same row, the custom function, the fill-a-column command and
 * the validation rule give the same outcome; and a threshold changed on the workbook's criteria sheet changes all three.
 */
import { outcomeLabel } from "../src/core/criteria";
import { createTaskpaneServices } from "../src/entries/taskpane/services";
import { setCriteriaOverrides } from "../src/entries/functions/overrides";
import { DEFAULT_SETTINGS } from "../src/ui/taskpane/settings.schema";
import { createFakeExcel } from "./excel-fake";
import { seedData, seedWorkbook } from "./browser/taskpane-harness/workbook-rows";

class FakeCfError extends Error {}
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { Error: FakeCfError, ErrorCode: { invalidValue: "#VALUE!" } };
// Loaded after the global exists, as Excel's runtime provides it before the functions file runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the fake global must exist before the module loads
const fns = require("../src/entries/functions/functions") as typeof import("../src/entries/functions/functions");

const must = <T,>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

const PEOPLE = ["Nguyễn Văn An", "Lò Thị Bình", "Hoàng Văn Cường"];

async function threeWays(services: ReturnType<typeof createTaskpaneServices>, fake: ReturnType<typeof createFakeExcel>) {
  const check = must(await services.check("all", DEFAULT_SETTINGS));
  const rule = check.report.sheets.find((s) => s.sheet === "Công dân")!.verdicts;
  const fill = must(await services.fillEligibility("Công dân", DEFAULT_SETTINGS)).verdicts;
  const sheet = fake.model.sheet("Công dân")!;
  return Promise.all(PEOPLE.map(async (name) => {
    const r = rule.find((v) => v.subject === name)!;
    const f = fill.find((v) => v.subject === name)!;
    const values = sheet.values[r.row - 1] as unknown[];
    const fn = await fns.CONGDAN([values.slice(6, 16) as number[]], 2024);
    return { name, rule: outcomeLabel(r.verdict.outcome), fill: outcomeLabel(f.verdict.outcome), fn: fn.replace(/ \(chưa xác nhận\)$/, "") };
  }));
}

describe("the same verdict from the custom function, the fill command and the validation rule", () => {
  afterEach(() => setCriteriaOverrides([]));

  it("agrees on every row with the built-in criteria, and all three follow an edit of the criteria sheet", async () => {
    const fake = createFakeExcel();
    seedWorkbook(fake.model, seedData());
    const services = createTaskpaneServices({ run: fake.run, isSetSupported: fake.isSetSupported, clock: () => new Date(2025, 2, 14, 9, 30) });

    const before = await threeWays(services, fake);
    for (const v of before) expect([v.rule, v.fill, v.fn]).toEqual([v.rule, v.rule, v.rule]);
    expect(before.map((v) => v.rule)).toEqual(["Đạt", "Đạt", "Không đạt"]);

    // The province raises the pass mark from 80 to 85 points on the "Tiêu chí XHHT" sheet.
    must(await services.writeCriteriaSheet());
    const sheet = fake.model.sheet("Tiêu chí XHHT")!;
    const row = sheet.values.findIndex((r) => r?.[0] === "cong-dan-324" && r?.[2] === "total.min");
    sheet.setRaw(row, 4, 85);
    must(await services.readCriteriaSheet());

    const after = await threeWays(services, fake);
    for (const v of after) expect([v.rule, v.fill, v.fn]).toEqual([v.rule, v.rule, v.rule]);
    expect(after.map((v) => v.rule)).toEqual(["Đạt", "Không đạt", "Không đạt"]);
  });
});
