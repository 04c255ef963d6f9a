/**
 * Golden-file tests: each fixture workbook in test/fixtures/golden (made by `npm run fixtures`) is checked and its
 * compact report compared with test/golden/<name>.expected.json. A new quirk is a new fixture plus its expected file;
 * after a deliberate change run `UPDATE_GOLDEN=1 npx jest test/golden` and review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookFile } from "../src/adapters/xlsx/node-file";
import { issueMessage } from "../src/core/messages";
import type { ValidationContext } from "../src/core/validation/context";
import { sheetStatus } from "../src/core/validation/report";
import { validateWorkbook } from "../src/core/validation/validate";

const FIXTURES = join(__dirname, "fixtures", "golden");
const EXPECTED = join(__dirname, "golden");
const ctx: ValidationContext = { today: { year: 2026, month: 11, day: 29 } };
const files = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx")).sort() : [];

describe("golden reports of the fixture workbooks", () => {
  it("has fixtures to check", () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files)("%s gives its expected report", async (file) => {
    const read = await readWorkbookFile(join(FIXTURES, file));
    if (!read.ok) throw new Error(`fixture ${file} unreadable: ${read.error.code}`);
    const report = validateWorkbook(read.value.sheets, ctx);
    const compact = {
      sheets: report.sheets.map((s) => ({
        sheet: s.sheet,
        template: s.templateId,
        status: sheetStatus(s),
        ...(s.models ? { models: { held: s.models.held.map((m) => m.id), lacking: s.models.lacking.map((m) => m.id) } } : {}),
        ...(s.table && s.table.unconfirmedColumns.length > 0 ? { unconfirmed: s.table.unconfirmedColumns.map((c) => `${c.column} ${c.fieldId} (${c.how})`) } : {}),
        year: s.reportYear,
        rows: s.rowsRead,
        issues: s.issues.map((i) => `${i.severity} ${i.code} ${i.where.address}${i.fix ? ` fix=${JSON.stringify(i.fix.value)}${i.fix.safe ? " safe" : ""}` : ""} — ${issueMessage(i, "vi")}`),
        verdicts: s.verdicts.map((v) => `${v.row} ${v.verdict.title} ${v.verdict.outcome}`),
      })),
      counts: { error: report.counts.error, warning: report.counts.warning, info: report.counts.info },
    };
    const path = join(EXPECTED, file.replace(/\.xlsx$/, ".expected.json"));
    if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) {
      if (process.env.CI && !existsSync(path)) throw new Error(`missing expected report ${path}`);
      writeFileSync(path, `${JSON.stringify(compact, null, 2)}\n`);
    }
    expect(compact).toEqual(JSON.parse(readFileSync(path, "utf8")));
  });
});
