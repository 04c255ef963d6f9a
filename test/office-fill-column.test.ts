import fc from "fast-check";
import { createOfficeWorkbook } from "../src/adapters/office/office-workbook";
import { fillColumn } from "../src/app/fill-column";
import { undoLast } from "../src/app/apply-fixes";
import { createFakeExcel } from "./excel-fake";

const NOW = "2025-03-14T09:30:00+07:00";

function table() {
  const fx = createFakeExcel();
  const s = fx.model.addSheet("Danh sách");
  s.setRows(0, 0, [["DANH SÁCH CÔNG DÂN HỌC TẬP"], ["STT", "Họ và tên", "Tổng điểm", "Kết quả"], [1, "Nguyễn Văn A", 80, "Đạt"], [2, "Lò Thị B", 40, "Không đạt"], [3, "Vàng A C", 75, "Đạt"]]);
  return { fx, s, port: createOfficeWorkbook({ run: fx.run, isSetSupported: fx.isSetSupported }) };
}

const RESULTS = [
  { result: "Đạt", reason: "Đủ 10 chỉ tiêu" },
  { result: "Không đạt", reason: "Thiếu CS3" },
  { result: "Đạt", reason: "Đủ 10 chỉ tiêu" },
];

describe("filling a result column", () => {
  it("writes header and results into the first two empty columns right of the table, undoably", async () => {
    const { s, port } = table();
    const out = await fillColumn(port, "Danh sách", 2, 3, 5, RESULTS, { now: NOW });
    expect(out).toEqual({ ok: true, value: { resultColumn: "E", reasonColumn: "F", written: 3 } });
    expect([s.get(1, 4), s.get(1, 5), s.get(3, 4), s.get(3, 5)]).toEqual(["Kết quả tính (XHHT)", "Lý do (XHHT)", "Không đạt", "Thiếu CS3"]);
    await undoLast(port);
    expect(s.usedRect(true)).toEqual({ top: 0, left: 0, bottom: 4, right: 3 });
  });

  it("never writes into a cell the officer filled (random occupied cells to the right)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.record({ r: fc.integer({ min: 0, max: 6 }), c: fc.integer({ min: 4, max: 9 }), v: fc.oneof(fc.string({ minLength: 1, maxLength: 5 }), fc.integer()) }), { selector: (x) => `${x.r},${x.c}`, maxLength: 12 }), async (occupied) => {
        const { s, port } = table();
        for (const o of occupied) s.setRaw(o.r, o.c, typeof o.v === "string" && o.v.trim() === "" ? "x" : o.v);
        const before = occupied.map((o) => s.get(o.r, o.c));
        const out = await fillColumn(port, "Danh sách", 2, 3, 5, RESULTS, { now: NOW });
        expect(out.ok).toBe(true);
        expect(occupied.map((o) => s.get(o.r, o.c))).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });
});
