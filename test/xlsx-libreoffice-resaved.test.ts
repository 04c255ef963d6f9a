// Workbooks saved again by LibreOffice Calc (test/fixtures/libreoffice/, made with
// `soffice --headless --convert-to xlsx` from the exceljs-written fixtures of the same name) give the same check as
// the originals: another real writer lays out shared strings, styles, merges and hidden rows its own way, and an
// officer's file is as often saved by Calc as by Excel.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookFile } from "../src/adapters/xlsx/node-file";
import type { ValidationContext } from "../src/core/validation/context";
import { validateWorkbook } from "../src/core/validation/validate";

const FIXTURES = join(__dirname, "fixtures");
const ctx: ValidationContext = { today: { year: 2026, month: 11, day: 29 } };
const resaved = readdirSync(join(FIXTURES, "libreoffice")).filter((f) => f.endsWith(".xlsx")).sort();
const original = (f: string) => join(FIXTURES, f.startsWith("xa-") || f.startsWith("tinh-") ? "samples" : "golden", f);

async function issuesOf(path: string): Promise<string[]> {
  const r = await readWorkbookFile(path);
  if (!r.ok) throw new Error(`${path}: ${r.error.code}`);
  return validateWorkbook(r.value.sheets, ctx).sheets.flatMap((s) => [
    `${s.sheet}: ${s.templateId ?? "no template"}`,
    ...s.issues.map((i) => `${s.sheet}!${i.where.address} ${i.code} ${i.severity}`),
    ...s.verdicts.map((v) => `${s.sheet} row ${v.row} ${v.verdict.outcome}`),
  ]);
}

describe("a report saved again by LibreOffice Calc is checked exactly as the original", () => {
  it("has LibreOffice-written fixtures to compare", () => {
    expect(resaved.length).toBeGreaterThanOrEqual(10);
  });

  it.each(resaved)("%s", async (f) => {
    const [before, after] = [await issuesOf(original(f)), await issuesOf(join(FIXTURES, "libreoffice", f))];
    expect(after.length).toBeGreaterThan(0);
    expect(after).toEqual(before);
  });
});
