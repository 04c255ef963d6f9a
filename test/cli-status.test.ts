/** `xhht status` end to end: the built CLI on a folder of commune reports, its JSON schema, exit codes and -o. */
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookFile } from "../src/adapters/xlsx/node-file";
import { statusJsonSchema } from "../src/app/status-report";
import { laoCaiProfile } from "../src/core/province";
import { makeStatusFolder } from "./support/status-folder";

const root = join(__dirname, "..");
const cli = join(root, "dist", "cli", "xhht.js");
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: root });
let dir = "";

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error("dist/cli/xhht.js is missing: run `npm run build` first (npm test does).");
  dir = (await makeStatusFolder()).dir;
});

describe("xhht status", () => {
  it("lists every commune with one status, a former unit under its new commune, and exits 2 for an unreadable file", () => {
    const r = run("status", "--json", "--year", "2025", dir);
    expect(r.status).toBe(2);
    const doc = statusJsonSchema.parse(JSON.parse(r.stdout));
    const unit = (name: string) => doc.units.find((u) => u.name === name)!;
    expect(doc.summary).toEqual({ expected: 99, submitted: 2, errors: 1, unchecked: 1, unreadable: 1, missing: 94 });
    expect(unit("Xã Lâm Giang")).toMatchObject({ status: "submitted", receipt: "none", files: [{ source: "title", receipt: { text: "Chưa kiểm tra bằng XHHT" } }] });
    expect(unit("Xã Trấn Yên").status).toBe("errors");
    expect(unit("Xã Khao Mang")).toMatchObject({ status: "unchecked", files: [{ source: "file-name" }] });
    expect(unit("Xã Tú Lệ")).toMatchObject({ status: "unreadable", files: [{ problem: expect.stringMatching(/xa-tu-le-2025\.xlsx/) }] });
    expect(unit("Phường Văn Phú")).toMatchObject({ status: "submitted", files: [{ note: "Báo cáo của Phường Yên Thịnh (đơn vị cũ), tính vào Phường Văn Phú" }] });
    expect(unit("Xã Mù Cang Chải")).toMatchObject({ status: "missing", files: [], receipt: null });
    expect(doc.apart).toMatchObject([{ path: expect.stringMatching(/tep-gui-lai\.xlsx$/), status: "submitted", unit: null, note: "Không đọc được tên đơn vị báo cáo: hãy chọn đơn vị" }]);
  });

  it("exits 1 when units are missing or have errors, and writes the list as a workbook", async () => {
    const out = join(dir, "..", `tinh-hinh-${Date.now()}.xlsx`);
    const r = run("status", "--year", "2025", "-o", out, join(dir, "xa-lam-giang-2025.xlsx"), join(dir, "xa-tran-yen-2025-co-loi.xlsx"));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/99 đơn vị: 1 đã nộp không lỗi, 1 còn lỗi, 0 không nhận ra biểu mẫu, 0 không đọc được, 97 chưa nộp\./);
    const wb = await readWorkbookFile(out);
    expect(wb.ok).toBe(true);
    const sheet = wb.ok ? wb.value.sheets[0] : null;
    expect(sheet?.sheetName).toBe("Tình hình nộp báo cáo");
    const texts = sheet?.values.flat().filter((v): v is string => typeof v === "string") ?? [];
    expect(texts).toEqual(expect.arrayContaining(["Xã Lâm Giang", "Đã nộp, không lỗi", "Chưa nộp", "Còn lỗi"]));
  });

  it("exits 0 when every unit of the province's own roster has submitted without errors", () => {
    const profile = { ...laoCaiProfile(), id: "thu", rosters: [{ from: "2025-07-01", to: null, units: [{ code: "04381", name: "Xã Lâm Giang" }] }] };
    const file = join(dir, "..", `ho-so-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify(profile));
    const r = run("status", "--year", "2025", "--province", file, join(dir, "xa-lam-giang-2025.xlsx"));
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("refuses a bad province profile with the field named, and changes nothing", () => {
    const file = join(dir, "..", `ho-so-hong-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify({ ...laoCaiProfile(), provinceCode: 15 }));
    const r = run("status", "--province", file, dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Hồ sơ tỉnh, mục provinceCode: phải là chữ/);
    expect(r.stdout).toBe("");
  });

  it("writes the built-in profile as the starting point of a province's own file, which reads back", () => {
    const r = run("profile");
    expect(r.status).toBe(0);
    const p = JSON.parse(r.stdout) as ReturnType<typeof laoCaiProfile>;
    expect(p).toEqual(JSON.parse(JSON.stringify(laoCaiProfile())));
    const file = join(dir, "..", `ho-so-mau-${Date.now()}.json`);
    expect(run("profile", "-o", file).status).toBe(0);
    expect(run("profile", "--province", file).stdout).toBe(r.stdout);
  });

  it("says what is wrong with the command line", () => {
    expect(run("status").stderr).toMatch(/Thiếu tệp hoặc thư mục/);
    expect(run("status", "--year", "25", dir).stderr).toMatch(/--year cần một năm 4 chữ số/);
  });
});
