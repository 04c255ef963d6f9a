import { gridFromRows } from "../grid/from-rows";
import type { ValidationContext } from "./context";
import { summarySheet, VILLAGES } from "./__fixtures__/summary-sheets";
import { validateSheet } from "./validate";

const ctx: ValidationContext = { today: { year: 2026, month: 11, day: 29 } };
const codes = (g: ReturnType<typeof summarySheet>) => validateSheet(g, ctx).issues.map((i) => `${i.code}@${i.where.address}`);

describe("validating a commune's summary sheet", () => {
  it("reads a row the grid leaves out altogether (a hole in a sparse array) as an empty row", () => {
    const g = summarySheet({ lines: VILLAGES });
    const whole = validateSheet(g, ctx);
    const values = [...g.values];
    const last = whole.table!.lastDataRow - 1 - g.origin.row;
    // Holes after the data (where the signature block may sit) and between two data rows.
    const holed: (typeof values)[number][] = values.slice();
    holed.length = values.length + 3;
    delete holed[values.length + 1];
    const inner = values.slice();
    inner.splice(last, 0, undefined as unknown as (typeof values)[number]);
    delete inner[last];
    expect(() => validateSheet({ ...g, values: holed }, ctx)).not.toThrow();
    expect(validateSheet({ ...g, values: holed }, ctx).issues).toEqual(whole.issues);
    const r = validateSheet({ ...g, values: inner }, ctx);
    expect(r.rowsRead).toBe(whole.rowsRead);
  });

  it("finds the template, the merged two-row header, the numbering row and the totals row", () => {
    const r = validateSheet(summarySheet({ lines: VILLAGES }), ctx);
    expect(r.templateId).toBe("tong-hop-mo-hinh");
    expect(r.table?.headerTop).toBe(4);
    expect(r.table?.headerBottom).toBe(5);
    expect(r.table?.numberingRow).toBe(6);
    expect(r.rowsRead).toBe(5);
    expect(r.reportYear).toBe(2024);
    expect(r.table?.columns.find((c) => c.fieldId === "gia-dinh.recognised")?.column).toBe("E");
  });

  it("raises no false alarm on a clean sheet (only information below targets)", () => {
    const r = validateSheet(summarySheet({ lines: VILLAGES }), ctx);
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("accepts a truncated rate (230/454 printed as 50.6) and a rounded one", () => {
    const lines = [{ ...VILLAGES[2], gdRate: 50.6 }, { ...VILLAGES[0], gdRate: 79.2 }];
    expect(codes(summarySheet({ lines, totals: "none" }))).not.toContain("rate-mismatch@F7");
  });

  it("reports a rate computed over the registered count, naming the denominator", () => {
    const lines = [{ ...VILLAGES[2], gdRate: 76.7 }];
    const r = validateSheet(summarySheet({ lines, totals: "none" }), ctx);
    const issue = r.issues.find((i) => i.code === "rate-wrong-denominator");
    expect(issue?.where.address).toBe("F7");
    expect(issue?.fix).toEqual({ value: 50.7, safe: false });
  });

  it("reports recognised above registered, and registered above total", () => {
    const lines = [{ ...VILLAGES[0], gd: [120, 90, 95] as const }, { ...VILLAGES[1], dh: [4, 5, 3] as const }];
    const c = codes(summarySheet({ lines, totals: "none" }));
    expect(c).toContain("recognised-exceeds-registered@E7");
    expect(c).toContain("registered-exceeds-total@H8");
  });

  it("reports a totals row that is not the sum, and a rate averaged instead of computed from sums", () => {
    const c = codes(summarySheet({ lines: VILLAGES, totalsOverride: { 2: 999, 9: 60.3 } }));
    expect(c).toContain("totals-mismatch@C11");
    expect(c.some((x) => x.startsWith("totals-rate-averaged@J11") || x.startsWith("rate-mismatch@J11"))).toBe(true);
  });

  it("accepts a totals row at the top", () => {
    const r = validateSheet(summarySheet({ lines: VILLAGES, totals: "top" }), ctx);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("warns about numbers stored as text and offers the number as a safe fix", () => {
    const lines = [{ ...VILLAGES[0], gd: [120, 110, 95] as const }];
    const g = summarySheet({ lines, totals: "none" });
    (g.values[6] as unknown[])[2] = " 120 ";
    const issue = validateSheet(g, ctx).issues.find((i) => i.code === "number-as-text");
    expect(issue?.where.address).toBe("C7");
    expect(issue?.fix).toEqual({ value: 120, safe: true });
  });

  it("flags '1,5' in a count as ambiguous instead of guessing", () => {
    const g = summarySheet({ lines: [VILLAGES[0]], totals: "none" });
    (g.values[6] as unknown[])[3] = "1,5";
    expect(codes(g)).toContain("number-ambiguous@D7");
  });

  it("asks for an empty rate when the total is 0 and the cell shows #DIV/0!", () => {
    const lines = [{ ...VILLAGES[3], gdRate: { error: "#DIV/0!" } }];
    expect(codes(summarySheet({ lines, totals: "none" }))).toContain("rate-zero-total@F7");
  });

  it("warns when STT skips a number, once", () => {
    const lines = VILLAGES.map((l, i) => ({ ...l, ordinal: i < 2 ? i + 1 : i + 2 }));
    const c = codes(summarySheet({ lines, totals: "none" })).filter((x) => x.startsWith("ordinal"));
    expect(c).toEqual(["ordinal-sequence@A9"]);
  });

  it("reports a unit listed twice", () => {
    const c = codes(summarySheet({ lines: [VILLAGES[0], VILLAGES[1], VILLAGES[0]], totals: "none" }));
    expect(c).toContain("duplicate-unit@B9");
  });

  it("warns when the report year is missing or in the future", () => {
    expect(codes(summarySheet({ lines: VILLAGES, title: "BIỂU TỔNG HỢP KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP" }))).toContain("report-year-missing@A1");
    expect(codes(summarySheet({ lines: VILLAGES, year: 2031 }))).toContain("report-year-future@A2");
  });

  it("gives one clear issue for a sheet that follows no template", () => {
    const g = gridFromRows("Nhân sự", [["Họ tên", "Chức vụ"], ["Nguyễn Văn A", "Chủ tịch"]]);
    const r = validateSheet(g, ctx);
    expect(r.templateId).toBeNull();
    expect(r.issues.map((i) => i.code)).toEqual(["no-template-match"]);
  });

  it("says an empty sheet is empty", () => {
    expect(validateSheet(gridFromRows("Trống", []), ctx).issues.map((i) => i.code)).toEqual(["sheet-empty"]);
  });
});

describe("a sheet saved without merged cells", () => {
  it("still finds each group from its header written once over empty cells", () => {
    const g = summarySheet({ lines: VILLAGES });
    const unmerged = { ...g, merges: [] };
    const r = validateSheet(unmerged, ctx);
    expect(r.templateId).toBe("tong-hop-mo-hinh");
    expect(r.table?.columns.find((c) => c.fieldId === "dong-ho.recognised")?.column).toBe("I");
    expect(r.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });
});
