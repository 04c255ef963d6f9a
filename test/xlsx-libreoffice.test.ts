/**
 * A second, independent writer: LibreOffice converts a CSV of a small report to .xlsx and the reader must read it.
 * Skipped (with a message) where LibreOffice is not installed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { cellAt } from "../src/core/grid/grid";

const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).status === 0;
if (!hasSoffice) console.log("LibreOffice không có: bỏ qua kiểm tra với trình ghi thứ hai (apt-get install -y libreoffice-calc)");
const itIfSoffice = hasSoffice ? it : it.skip;

describe("reading a workbook written by LibreOffice", () => {
  itIfSoffice("reads a report converted from CSV", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xhht-lo-"));
    try {
      const csv = join(dir, "bao-cao.csv");
      writeFileSync(csv, "STT,Tên đơn vị,Tổng số,Đăng ký,Công nhận,Tỷ lệ %\n1,Thôn Khe Dứa,120,110,96,80\n2,Thôn Đồng Bông,200,180,150,75\n,Tổng cộng,320,290,246,76.9\n", "utf8");
      execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${join(dir, "profile")}`, "--infilter=CSV:44,34,76", "--convert-to", "xlsx", "--outdir", dir, csv], { timeout: 120_000, stdio: "ignore" });
      const r = await readWorkbook(new Uint8Array(readFileSync(join(dir, "bao-cao.xlsx"))), "bao-cao.xlsx");
      if (!r.ok) throw new Error(r.error.code);
      const g = r.value.sheets[0];
      expect(cellAt(g, 0, 1)).toBe("Tên đơn vị");
      expect(cellAt(g, 1, 1)).toBe("Thôn Khe Dứa");
      expect(cellAt(g, 3, 2)).toBe(320);
      expect(cellAt(g, 3, 5)).toBe(76.9);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
