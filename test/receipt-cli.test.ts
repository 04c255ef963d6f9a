/**
 * Issue 15's receipt round trip through a real file: the pane checks and writes "Kết quả kiểm tra" in the Excel fake,
 * the workbook is saved as .xlsx (sheets + the add-in's settings, as Excel saves them), and the built CLI verifies the
 * receipt (`xhht check`, text and JSON, and `xhht status`); an edit in the saved file is counted in cells.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jsonReportSchema } from "../src/app/json-report";
import { statusJsonSchema } from "../src/app/status-report";
import { STATE_KEYS } from "../src/core/ports/workbook-port";
import { createTaskpaneServices } from "../src/entries/taskpane/services";
import { DEFAULT_SETTINGS } from "../src/ui/taskpane/settings.schema";
import { createFakeExcel } from "./excel-fake";
import { fakeFromXlsx, fakeSettingsState, saveFakeAsXlsx } from "./support/fake-to-xlsx";

const root = join(__dirname, "..");
const cli = join(root, "dist", "cli", "xhht.js");
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: root });
const SAMPLE = join(root, "test", "fixtures", "samples", "xa-lam-giang-2025.xlsx");
const CHECKED_AT = "2025-03-14 09:30"; // the pane stamps its report with its clock, as now() formats it
const UNCHANGED = `Đã kiểm tra bằng XHHT lúc ${CHECKED_AT}, dữ liệu không đổi`;
let dir = "";

/** The officer's path in the pane: open the file, Kiểm tra (all sheets), then "Kết quả kiểm tra"; the workbook is then saved. */
async function checkedInPane(): Promise<{ bytes: Uint8Array; dataSheet: string; firstDataRow: number }> {
  const fx = await fakeFromXlsx(readFileSync(SAMPLE), "xa-lam-giang-2025.xlsx");
  const services = createTaskpaneServices({ run: fx.run, isSetSupported: fx.isSetSupported, clock: () => new Date(2025, 2, 14, 9, 30) });
  const checked = await services.check("all", DEFAULT_SETTINGS);
  if (!checked.ok) throw new Error(checked.error.message);
  const written = await services.writeReport(checked.value);
  if (!written.ok) throw new Error(written.error.message);
  expect(fakeSettingsState(fx.model)[STATE_KEYS.receipt]).toBeDefined();
  const data = checked.value.report.sheets.find((s) => s.table !== null)!;
  return { bytes: await saveFakeAsXlsx(fx.model), dataSheet: data.sheet, firstDataRow: data.table!.firstDataRow };
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/cli/xhht.js is missing: run `npm run build` first (npm test does).");
  dir = mkdtempSync(join(tmpdir(), "xhht-bien-nhan-"));
});

describe("check receipt: pane → .xlsx → CLI", () => {
  it("a workbook checked in the pane and saved reads 'dữ liệu không đổi' in xhht check (text and JSON) and xhht status", async () => {
    const { bytes } = await checkedInPane();
    const file = join(dir, "xa-lam-giang-2025.xlsx");
    writeFileSync(file, bytes);

    const text = run("check", file);
    expect(text.stderr).toBe("");
    expect(text.stdout.split("\n")[1]).toBe(`    ${UNCHANGED}`);

    const json = jsonReportSchema.parse(JSON.parse(run("check", "--json", file).stdout));
    expect(json.files[0].receipt).toEqual({ kind: "unchanged", text: UNCHANGED, cells: null });

    const status = statusJsonSchema.parse(JSON.parse(run("status", "--json", "--year", "2025", file).stdout));
    const unit = status.units.find((u) => u.name === "Xã Lâm Giang")!;
    expect(unit).toMatchObject({ status: "submitted", receipt: "unchanged", files: [{ receipt: { kind: "unchanged", text: UNCHANGED } }] });
    expect(run("status", "--year", "2025", file).stdout).toContain(UNCHANGED);
  });

  it("cells edited in the saved file after the check are counted; the English line says the same", async () => {
    const { bytes, dataSheet, firstDataRow } = await checkedInPane();
    // Reopened in Excel the receipt comes with the file; two numbers of the first data row are typed over, then saved.
    const edited = await fakeFromXlsx(bytes, "xa-lam-giang-2025.xlsx");
    expect(fakeSettingsState(edited.model)[STATE_KEYS.receipt]).toBeDefined();
    edited.model.sheet(dataSheet)!.setRows(firstDataRow - 1, 2, [[9999, 8888]]);
    const file = join(dir, "xa-lam-giang-2025-da-sua.xlsx");
    writeFileSync(file, await saveFakeAsXlsx(edited.model));

    const changed = `Đã sửa sau lần kiểm tra lúc ${CHECKED_AT} (2 ô khác)`;
    expect(run("check", file).stdout.split("\n")[1]).toBe(`    ${changed}`);
    expect(run("check", "--lang", "en", file).stdout.split("\n")[1]).toBe(`    Edited after the check at ${CHECKED_AT} (2 cells differ)`);
    const json = jsonReportSchema.parse(JSON.parse(run("check", "--json", file).stdout));
    expect(json.files[0].receipt).toEqual({ kind: "changed", text: changed, cells: 2 });
    const status = statusJsonSchema.parse(JSON.parse(run("status", "--json", "--year", "2025", file).stdout));
    expect(status.units.find((u) => u.name === "Xã Lâm Giang")).toMatchObject({ receipt: "changed", files: [{ receipt: { kind: "changed", cells: 2 } }] });
  });

  it("a file never checked with XHHT says so in check and status", () => {
    const text = run("check", SAMPLE);
    expect(text.stdout.split("\n")[1]).toBe("    Chưa kiểm tra bằng XHHT");
    const json = jsonReportSchema.parse(JSON.parse(run("check", "--json", SAMPLE).stdout));
    expect(json.files[0].receipt).toEqual({ kind: "none", text: "Chưa kiểm tra bằng XHHT", cells: null });
    const status = statusJsonSchema.parse(JSON.parse(run("status", "--json", "--year", "2025", SAMPLE).stdout));
    expect(status.units.find((u) => u.name === "Xã Lâm Giang")).toMatchObject({ receipt: "none", files: [{ receipt: { kind: "none" } }] });
  });

  it("a fake without settings saves no web extension part", async () => {
    const fx = createFakeExcel();
    fx.model.addSheet("Trống").setRows(0, 0, [["a", 1]]);
    const bytes = await saveFakeAsXlsx(fx.model);
    expect(Buffer.from(bytes).includes(Buffer.from("webextension"))).toBe(false);
  });
});
