import { MARK_COLORS } from "../src/adapters/office/marks";
import { createOfficeWorkbook } from "../src/adapters/office/office-workbook";
import type { CellMark } from "../src/core/ports/workbook-port";
import { createFakeExcel, type SheetModel } from "./excel-fake";

function setup(apiMinor = 13) {
  const fx = createFakeExcel({ apiMinor });
  const s = fx.model.addSheet("Biểu 1");
  s.setRows(0, 0, [
    ["Đơn vị", "Tổng", "Đạt"],
    ["Xã A", 10, 12],
    ["Xã B", 5, 3],
  ]);
  s.setFill(0, 0, "#DDEBF7"); // the officer's own header fill
  s.setFill(1, 2, "#00B050"); // a cell that had a fill before we marked it
  const other = fx.model.addSheet("Biểu 2").setRows(0, 0, [["x", 1]]);
  return { fx, s, other, port: createOfficeWorkbook({ run: fx.run, isSetSupported: fx.isSetSupported }) };
}

const fills = (s: SheetModel) => new Map(s.fills);

describe.each([13, 8])("reversible marks (ExcelApi 1.%i)", (api) => {
  it("marks errors red and warnings yellow, then clearMarks restores every original fill exactly", async () => {
    const { s, port } = setup(api);
    const before = fills(s);
    const values = JSON.stringify(s.values);
    const marks: CellMark[] = [
      { sheet: "Biểu 1", address: "C2", severity: "error" },
      { sheet: "Biểu 1", address: "B3", severity: "warning" },
      { sheet: "Biểu 1", address: "A1", severity: "warning" },
    ];
    await port.applyMarks(marks);
    expect(s.fill(1, 2)).toBe(MARK_COLORS.error);
    expect(s.fill(2, 1)).toBe(MARK_COLORS.warning);
    expect(s.fill(0, 0)).toBe(MARK_COLORS.warning);
    expect(JSON.stringify(s.values)).toBe(values);
    expect(await port.clearMarks()).toBe(3);
    expect(fills(s)).toEqual(before);
    expect(JSON.stringify(s.values)).toBe(values);
    expect(await port.clearMarks()).toBe(0);
  });

  it("re-checking does not pile marks: the journal keeps the officer's fills, not our red", async () => {
    const { s, port } = setup(api);
    const before = fills(s);
    const mark: CellMark = { sheet: "Biểu 1", address: "C2", severity: "error" };
    await port.applyMarks([mark]);
    await port.applyMarks([mark, { sheet: "Biểu 1", address: "B2", severity: "warning" }]);
    await port.applyMarks([{ sheet: "Biểu 1", address: "B2", severity: "error" }]);
    expect(s.fill(1, 2)).toBe("#00B050"); // fixed since: back to the officer's green
    expect(s.fill(1, 1)).toBe(MARK_COLORS.error);
    const journal = JSON.parse((await port.loadState("xhht.marks"))!);
    expect(journal.entries).toHaveLength(1);
    await port.clearMarks();
    expect(fills(s)).toEqual(before);
  });

  it("re-marking one sheet leaves the other sheet's marks alone", async () => {
    const { other, port } = setup(api);
    await port.applyMarks([{ sheet: "Biểu 2", address: "B1", severity: "error" }]);
    await port.applyMarks([], ["Biểu 1"]);
    expect(other.fill(0, 1)).toBe(MARK_COLORS.error);
    await port.clearMarks(["Biểu 2"]);
    expect(other.fill(0, 1)).toBeNull();
  });
});

it("marks survive a reopened pane: a new adapter over the same workbook clears them", async () => {
  const { fx, s, port } = setup();
  const before = fills(s);
  await port.applyMarks([{ sheet: "Biểu 1", address: "A3", severity: "error" }]);
  const reopened = createOfficeWorkbook({ run: fx.run, isSetSupported: fx.isSetSupported });
  expect(await reopened.clearMarks()).toBe(1);
  expect(fills(s)).toEqual(before);
});

it("clearMarks leaves a cell the officer recoloured since, and skips a deleted sheet", async () => {
  const { fx, s, port } = setup();
  await port.applyMarks([
    { sheet: "Biểu 1", address: "A2", severity: "error" },
    { sheet: "Biểu 1", address: "B2", severity: "error" },
    { sheet: "Biểu 2", address: "A1", severity: "error" },
  ]);
  s.setFill(1, 0, "#0070C0");
  fx.model.sheets = fx.model.sheets.filter((x) => x.name !== "Biểu 2");
  expect(await port.clearMarks()).toBe(1);
  expect([s.fill(1, 0), s.fill(1, 1)]).toEqual(["#0070C0", null]);
  expect(JSON.parse((await port.loadState("xhht.marks"))!).entries).toEqual([]);
});

it("marks 5,000 cells with getRanges in a handful of syncs", async () => {
  const fx = createFakeExcel();
  fx.model.addSheet("S").setRows(0, 0, Array.from({ length: 1000 }, () => [1, 2, 3, 4, 5]));
  const port = createOfficeWorkbook({ run: fx.run, isSetSupported: fx.isSetSupported });
  const marks: CellMark[] = [];
  for (let r = 1; r <= 1000; r++) for (const c of "ABCDE") marks.push({ sheet: "S", address: `${c}${r}`, severity: r % 2 ? "error" : "warning" });
  fx.stats.reset();
  await port.applyMarks(marks);
  expect(fx.stats.syncs).toBeLessThanOrEqual(20);
  expect(fx.stats.maxRequest).toBeLessThan(5 * 1024 * 1024);
});
