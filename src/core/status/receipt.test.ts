import { fingerprintGrid } from "../ports/fingerprint";
import type { CellValue, Grid } from "../grid/grid";
import { digestGrid, parseReceipt, receiptSheet, verifyReceipt, type Receipt } from "./index";

const grid = (values: CellValue[][], origin = { row: 0, col: 0 }): Grid => ({ sheetName: "Biểu 1", origin, values });
const base = (): CellValue[][] => Array.from({ length: 8 }, (_, r) => ["Thôn " + r, r * 10, r * 5, r % 2 === 0]);
const stored = (g: Grid): string => JSON.stringify({ v: 1, at: "2025-12-01 09:30", errors: 0, warnings: 0, sheets: [receiptSheet(g, fingerprintGrid(g), "tong-hop-mo-hinh")] } satisfies Receipt);

describe("check receipt", () => {
  it("says unchanged when the data is the checked data", () => {
    const g = grid(base());
    expect(verifyReceipt(stored(g), [grid(base())])).toEqual({ kind: "unchanged", at: "2025-12-01 09:30" });
  });
  it("counts one edited cell exactly", () => {
    const edited = base();
    edited[3][1] = 31;
    expect(verifyReceipt(stored(grid(base())), [grid(edited)])).toMatchObject({ kind: "changed", cells: 1, exact: true, sheets: ["Biểu 1"] });
  });
  it("counts cells of one row exactly, and gives a lower bound for a scattered edit", () => {
    const row = base();
    row[2][1] = 1;
    row[2][2] = 2;
    expect(verifyReceipt(stored(grid(base())), [grid(row)])).toMatchObject({ cells: 2, exact: true });
    const scattered = base();
    scattered[1][1] = 0.5;
    scattered[5][2] = "x";
    scattered[6][1] = 7;
    expect(verifyReceipt(stored(grid(base())), [grid(scattered)])).toMatchObject({ cells: 3, exact: false });
  });
  it("tells the number 1 from the text '1'", () => {
    const t = base();
    t[1][1] = "10";
    expect(verifyReceipt(stored(grid(base())), [grid(t)])).toMatchObject({ kind: "changed", cells: 1 });
  });
  it("counts the same values framed differently by another reader as the same data", () => {
    const framed = [[null, null, null, null, null], ...base().map((r) => [null, ...r, null])];
    const shifted = grid(framed.map((r) => r.slice(1)), { row: 0, col: 0 });
    const g = grid(base());
    expect(fingerprintGrid(grid(framed, { row: -1, col: -1 }))).not.toBe(fingerprintGrid(g));
    expect(verifyReceipt(stored(g), [grid(framed.slice(1), { row: 0, col: -1 })])).toEqual({ kind: "unchanged", at: "2025-12-01 09:30" });
    expect(verifyReceipt(stored(g), [shifted]).kind).toBe("changed");
  });
  it("says changed when a checked sheet is gone, none without a receipt, invalid for a damaged one", () => {
    expect(verifyReceipt(stored(grid(base())), [])).toEqual({ kind: "changed", at: "2025-12-01 09:30", cells: 0, exact: false, sheets: ["Biểu 1"] });
    expect(verifyReceipt(undefined, [grid(base())])).toEqual({ kind: "none" });
    expect(verifyReceipt("{", [grid(base())])).toEqual({ kind: "invalid" });
    expect(parseReceipt(JSON.stringify({ v: 2 }))).toBeNull();
  });
  it("keeps no digest when the data changed between the check and the report", () => {
    const g = grid(base());
    expect(receiptSheet(g, "fnv1a64:0000000000000000", null).digest).toBeNull();
  });
  it("hashes blocks of rows on a long sheet, so the receipt stays small", () => {
    const long = grid(Array.from({ length: 10_000 }, (_, r) => [r, "x"]));
    const d = digestGrid(long);
    expect(d.block).toBe(5);
    expect(Object.keys(d.rows)).toHaveLength(2000);
    const edited = grid(Array.from({ length: 10_000 }, (_, r) => [r === 42 ? -1 : r, "x"]));
    expect(verifyReceipt(JSON.stringify({ v: 1, at: "t", errors: 0, warnings: 0, sheets: [receiptSheet(long, fingerprintGrid(long), null)] }), [edited])).toMatchObject({ cells: 1, exact: false });
  });
});
