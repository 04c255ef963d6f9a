/** `xhht trend` end to end: reports of 2024 and 2025 lined up per model against the targets, and the "Theo năm" sheet. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbookFile } from "../src/adapters/xlsx/node-file";

const root = join(__dirname, "..");
const cli = join(root, "dist", "cli", "xhht.js");
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: root });

beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/cli/xhht.js is missing: run `npm run build` first (npm test does).");
});

describe("xhht trend", () => {
  it("prints each model year by year against the target and writes the Theo năm sheet", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "xhht-trend-")), "theo-nam.xlsx");
    const r = run("trend", "-o", out, "test/fixtures/samples");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Các năm: 2024, 2025$/m);
    expect(r.stdout).toMatch(/^Gia đình học tập: 2024 \d+,\d% \(chỉ tiêu 70% đến 2025\); 2025 \d+,\d% \(chỉ tiêu 70% đến 2025\)$/m);
    expect(r.stdout).toMatch(/ℹ Xã Lâm Giang, Gia đình học tập: tổng số thay đổi mạnh từ 1560 \(2024\) lên 2128 \(2025\)/);
    // 2024 is a whole-province report, 2025 seven communes: the province's sums are not compared.
    expect(r.stdout).not.toMatch(/ℹ Toàn tỉnh/);
    const wb = await readWorkbookFile(out);
    const sheet = wb.ok ? wb.value.sheets[0] : null;
    expect(sheet?.sheetName).toBe("Theo năm");
    expect(sheet?.values.flat()).toEqual(expect.arrayContaining(["Gia đình học tập", "Toàn tỉnh", "Xã Lâm Giang", "Tỷ lệ 2024 (%)", "Chỉ tiêu 2025 (%)"]));
  });

  it("refuses --year, since each file names its own year", () => {
    const r = run("trend", "--year", "2025", "test/fixtures/samples");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--year không dùng với xhht trend/);
  });
});
