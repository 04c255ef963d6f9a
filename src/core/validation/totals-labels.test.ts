import type { CellValue } from "../grid/grid";
import type { ValidationContext } from "./context";
import { summarySheet, VILLAGES } from "./__fixtures__/summary-sheets";
import { validateSheet } from "./validate";

const ctx: ValidationContext = { today: { year: 2026, month: 11, day: 29 } };
const LABELS = [
  "Tổng cộng",
  "TỔNG CỘNG",
  "Tổng cộng toàn tỉnh",
  "Tổng cộng toàn tỉnh Lào Cai",
  "Tổng cộng toàn xã",
  "Tổng cộng toàn xã Lâm Giang",
  "Cộng toàn huyện",
  "Cộng toàn huyện Văn Yên",
  "Cộng toàn tỉnh",
  "Toàn tỉnh",
  "Toàn xã",
  "Tổng số",
  "Tổng",
  "Cộng",
  "Tong cong toan tinh",
];

describe("every totals label is read as the totals row, and its sums are checked", () => {
  it.each(LABELS)("%s", (label) => {
    const clean = validateSheet(summarySheet({ lines: VILLAGES, totalsOverride: { 1: label } }), ctx);
    expect(clean.issues.filter((i) => i.severity !== "info")).toEqual([]);
    const wrong = validateSheet(summarySheet({ lines: VILLAGES, totalsOverride: { 1: label, 2: 999 as CellValue } }), ctx);
    expect(wrong.issues.map((i) => `${i.code}@${i.where.address}`)).toContain("totals-mismatch@C11");
    expect(wrong.issues.some((i) => i.code.startsWith("unit-"))).toBe(false);
  });

  it("a village whose name starts like a label stays a unit row", () => {
    const r = validateSheet(summarySheet({ lines: [...VILLAGES, { name: "Cộng đồng Khe Lụa", gd: [1, 1, 1], dh: [0, 0, 0] }] }), ctx);
    expect(r.issues.filter((i) => i.code === "totals-mismatch")).toEqual([]);
  });
});
