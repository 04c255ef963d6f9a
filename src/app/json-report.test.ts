import { gridFromRows } from "../core/grid/from-rows";
import { validateWorkbook } from "../core/validation/validate";
import { jsonReportSchema, toJsonReport } from "./json-report";

const ctx = { today: { year: 2026, month: 11, day: 29 } };

const units = gridFromRows("ĐVHT", [
  ["KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐƠN VỊ HỌC TẬP NĂM 2023"],
  [],
  ["STT", "Tên đơn vị", "Cấp", "Loại đơn vị", "Tiêu chí 1: Điều kiện (30)", "Tiêu chí 2: Kết quả học tập của thành viên (30)", "Tiêu chí 3: Tác động (40)", "Tổng điểm", "Xếp loại"],
  [1, "Sở Tư pháp", "Tỉnh", "Cơ quan", 30, 25, 30, 85, "Tốt"],
  [2, "Trường Mầm non Lâm Giang", "Cơ sở", "Trường học", 31, 25, 30, null, null],
]);

describe("the --json report, version 2", () => {
  const doc = toJsonReport([{ path: "dvht.xlsx", ok: true, report: validateWorkbook([units], ctx), summaries: [] }]);

  it("follows its published schema", () => {
    expect(jsonReportSchema.parse(doc).version).toBe(2);
  });

  it("says for each verdict which set and version it rests on, its points and every criterion", () => {
    const [tinh, coSo] = doc.files[0].sheets[0].verdicts;
    expect(tinh).toMatchObject({
      row: 4,
      subject: "Sở Tư pháp",
      title: "don-vi-tinh",
      outcome: "good",
      criteria: { id: "don-vi-tinh-tt22", version: "2020.1" },
      points: 85,
      maxPoints: 100,
      provisional: false,
      missing: [],
      invalid: [],
    });
    expect(tinh.detail.at(-1)).toMatchObject({ id: "tong-diem", met: true, reason: "band-reached", message: "Tổng điểm 85/100: xếp loại Tốt." });
    expect(coSo).toMatchObject({ outcome: "insufficient-data", criteria: { id: "don-vi-co-so-448" }, provisional: true });
    expect(coSo.invalid).toEqual([{ id: "c1", label: "TC1 — Điều kiện bảo đảm" }]);
    expect(coSo.text).toBe("Chưa đủ dữ liệu: TC1 = 31 ngoài 0–30 (có giá trị chưa xác nhận)");
  });
});
