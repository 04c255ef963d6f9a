/**
 * The command line end to end: the built `dist/cli/xhht.js` (npm test builds first) run on fixture files, its exit
 * codes, its `--json` document validated with the published zod schema, and `rollup` read back.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbookFile } from "../src/adapters/xlsx/node-file";
import { jsonReportSchema } from "../src/app/json-report";

const root = join(__dirname, "..");
const cli = join(root, "dist", "cli", "xhht.js");
const fx = (...p: string[]) => join(root, "test", "fixtures", ...p);
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: root });

beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/cli/xhht.js is missing: run `npm run build` first (npm test does).");
});

describe("xhht check", () => {
  it("exits 0 on a clean report and prints its summary in Vietnamese", () => {
    const r = run("check", fx("golden", "thm-clean-commune-2024.xlsx"));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/0 lỗi, 0 cảnh báo/);
  });

  it("exits 1 when errors are found and prints sheet!cell, severity and message", () => {
    const r = run("check", fx("golden", "thm-recognised-gt-registered.xlsx"));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Biểu tổng hợp!E10 {2}Lỗi {2}Gia đình học tập: số công nhận \(108\) lớn hơn số đăng ký \(101\)\./);
  });

  it("exits 2 when a file cannot be read, naming the file and the reason, and still checks the others", () => {
    const r = run("check", fx("bad", "encrypted.xlsx"), fx("golden", "thm-clean-commune-2024.xlsx"));
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/encrypted\.xlsx' được đặt mật khẩu/);
    expect(r.stdout).toMatch(/thm-clean-commune-2024\.xlsx — 0 lỗi/);
  });

  it("prints one JSON document that follows the published schema, with verdicts for lists of subjects", () => {
    const r = run("check", "--json", fx("golden", "cdht-broken.xlsx"), fx("bad", "legacy.xls"));
    expect(r.status).toBe(2);
    const doc = jsonReportSchema.parse(JSON.parse(r.stdout));
    expect(doc.summary.files).toBe(2);
    const [good, bad] = doc.files;
    expect(bad.ok).toBe(false);
    expect(bad.error?.code).toBe("file-xls");
    const sheet = good.sheets[0];
    expect(sheet.template).toBe("cong-dan-hoc-tap");
    expect(sheet.issues.find((i) => i.code === "value-out-of-range")).toMatchObject({ cell: "I8", row: 8, column: "I", severity: "error" });
    expect(sheet.verdicts.length).toBe(sheet.rows);
    expect(sheet.verdicts.every((v) => v.title === "cong-dan")).toBe(true);
    expect(sheet.verdicts.some((v) => v.outcome === "not-met" && v.failed.length > 0)).toBe(true);
  });

  it("checks a whole folder and answers in English on request", () => {
    const r = run("check", "--lang", "en", fx("samples"));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/8 files: \d+ errors/);
  });

  it("refuses a bad option with a usage message and exit 2", () => {
    const r = run("check", "--year", "20x5", fx("samples"));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--year cần một năm 4 chữ số/);
  });

  it("reads a province criteria file and names its problems", () => {
    const r = run("check", "--criteria", fx("golden", "README.md"), fx("samples"));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/không phải JSON hợp lệ/);
  });
});

describe("xhht rollup", () => {
  it("writes the consolidated workbook whose totals equal the sum of the communes' totals", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "xhht-")), "tong-hop.xlsx");
    const files = ["xa-lam-giang-2025.xlsx", "xa-chau-que-2025.xlsx", "xa-mau-a-2025.xlsx"].map((f) => fx("samples", f));
    const r = run("rollup", ...files, "-o", out);
    expect(r.status).toBe(0);
    const wb = await readWorkbookFile(out);
    if (!wb.ok) throw new Error(wb.error.code);
    const sheet = wb.value.sheets.find((s) => s.sheetName === "Tổng hợp");
    expect(sheet).toBeDefined();
    const rows = sheet!.values;
    const totals = rows.find((row) => row.includes("Tổng cộng"))!;
    const units = rows.filter((row) => typeof row[0] === "number");
    expect(units).toHaveLength(3);
    // Column D (index 3) is the first group's total: the totals line is the sum of the three communes.
    expect(totals[3]).toBe(units.reduce((a, row) => a + (row[3] as number), 0));
    for (const name of ["Xã Lâm Giang", "Xã Châu Quế", "Xã Mậu A"]) expect(units.map((u) => u[1])).toContain(name);
  });
});

describe("xhht check on forms no template recognises (issue #12)", () => {
  const form = fx("golden", "province-form-unmapped.xlsx");
  const templates = fx("templates", "province-form.json");

  it("never reads an unrecognised workbook as passed: 'Chưa kiểm tra được', counted apart, exit 1", () => {
    const r = run("check", form);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("? ");
    expect(r.stdout).toContain("Chưa kiểm tra được — không nhận ra biểu mẫu");
    expect(r.stdout).toMatch(/1 tệp chưa kiểm tra được/);
    const json = jsonReportSchema.parse(JSON.parse(run("check", "--json", form).stdout));
    expect(json.files[0].status).toBe("unchecked");
    expect(json.files[0].sheets[0].status).toBe("unchecked");
    expect(json.summary.unchecked).toBe(1);
  });

  it("checks the same workbook with the province's template file (--templates)", () => {
    const r = run("check", "--json", "--templates", templates, form);
    const json = jsonReportSchema.parse(JSON.parse(r.stdout));
    expect(json.files[0].status).toBe("checked");
    expect(json.files[0].sheets[0].models).toEqual({ held: ["gia-dinh"], lacking: ["dong-ho", "cong-dong-xa", "cong-dong-thon", "don-vi-co-so", "cong-dan"] });
    expect(json.files[0].sheets[0].issues.map((i) => `${i.code}@${i.cell}`)).toEqual(
      expect.arrayContaining(["recognised-exceeds-registered@D5", "rate-mismatch@E6"]),
    );
    expect(r.status).toBe(1);
  });

  it("refuses a bad template file with a Vietnamese message naming the field, exit 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "xhht-tpl-"));
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ format: "xhht-column-map", version: 1, maps: [{ templateId: "tong-hop-mo-hinh", columns: [{ header: "Nơi báo cáo", field: "unit-name" }, { header: "Hộ", field: "gia-dinh.tong" }] }] }));
    const r = run("check", "--templates", bad, form);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Bản ghép 1, cột 2 (\"Hộ\"), mục field: biểu 'tong-hop-mo-hinh' không có cột 'gia-dinh.tong'.");
  });

  it("documents the exit codes in --help", () => {
    const r = run("help");
    expect(r.stdout).toMatch(/1 = có lỗi, hoặc có tệp không có trang nào nhận ra biểu mẫu/);
    expect(r.stdout).toContain("--templates");
  });
});
