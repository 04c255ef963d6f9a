/** The roll-up adds what each file has and lists every file and model it leaves out (issue #12). */
import { checkWorkbook, type FileCheck } from "../src/app/check-files";
import { consolidate, fileCoverage } from "../src/app/consolidate";
import { filesSheet } from "../src/app/consolidated-workbook";
import { gridFromRows } from "../src/core/grid/from-rows";
import type { ValidationContext } from "../src/core/validation/context";

const ctx: ValidationContext = { today: { year: 2026, month: 11, day: 29 } };
const familiesOnly = checkWorkbook(
  "lam-giang.xlsx",
  {
    fileName: "lam-giang.xlsx",
    sheets: [
      gridFromRows("GDHT", [
        ["UBND XÃ LÂM GIANG"],
        ["BAO CAO GIA DINH HOC TAP NAM 2025"],
        ["Đơn vị báo cáo: Xã Lâm Giang"],
        ["STT", "Ten don vi (xa, phuong)", "Tong so ho", "So ho dang ky GDHT", "So ho dat GDHT", "Ty le %"],
        [1, "Thôn Khe Lụa", 120, 110, 95, 79.2],
        [2, "Thôn Đồng Ruộng", 98, 90, 80, 81.6],
        [null, "Tổng cộng toàn xã", 218, 200, 175, 80.3],
      ]),
    ],
  },
  ctx,
);
const staffList = checkWorkbook("can-bo.xlsx", { fileName: "can-bo.xlsx", sheets: [gridFromRows("Cán bộ", [["Họ và tên", "Chức vụ", "Điện thoại"], ["Hoàng Văn Bình", "Chủ tịch", "0912"]])] }, ctx);
const unreadable: FileCheck = { path: "hong.xlsx", ok: false, error: { code: "file-corrupt", message: "Tệp hỏng." }, summaries: [] };

describe("roll-up coverage", () => {
  it("adds a families-only report and says which models it lacks", () => {
    const [f] = fileCoverage([familiesOnly]);
    expect(f).toMatchObject({ status: "checked", held: ["Gia đình học tập"], inRollup: true });
    expect(f.lacking).toContain("Dòng họ học tập");
    const roll = consolidate([familiesOnly]);
    expect(roll.total.groups["gia-dinh"]).toMatchObject({ total: 218, registered: 200, recognised: 175 });
  });

  it("lists a file that matched no template as not checked and left out, never as passed", () => {
    const rows = filesSheet([familiesOnly, staffList, unreadable]).rows.slice(1);
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ["lam-giang.xlsx", "Đạt"],
      ["can-bo.xlsx", "Chưa kiểm tra được — không nhận ra biểu mẫu"],
      ["hong.xlsx", "Không đọc được"],
    ]);
    expect(String(rows[0][6])).toMatch(/^Không có số liệu: Dòng họ học tập, Cộng đồng học tập cấp xã/);
    expect(rows[1][6]).toMatch(/Chưa cộng vào tổng hợp: không nhận ra biểu mẫu/);
    expect(rows[2][6]).toBe("Tệp hỏng.");
  });
});
