import { createOfficeWorkbook } from "../src/adapters/office/office-workbook";
import { applyFixes, listUndo, undoLast } from "../src/app/apply-fixes";
import type { Issue, PlainValue } from "../src/core/validation/issue";
import { createFakeExcel, type RawValue } from "./excel-fake";

const NOW = "2025-03-14T09:30:00+07:00";

function issue(address: string, value: PlainValue, fix: PlainValue, safe = true): Issue {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return { code: "number-as-text", severity: "warning", where: { sheet: "Biểu 1", address, row: Number(m[2]), column: m[1] }, input: value, params: {}, fix: { value: fix, safe } };
}

function setup() {
  const fx = createFakeExcel();
  const s = fx.model.addSheet("Biểu 1");
  s.setRows(0, 0, [
    ["Đơn vị", "Tổng", "Ghi chú"],
    ["Xã Lâm Giag", "1.234", "cũ"],
    ["Xã B", "45", ""],
  ] as RawValue[][]);
  s.setFormat(1, 1, "@");
  s.setFormat(2, 1, "@");
  s.setRaw(2, 3, 99);
  s.setFormula(2, 3, "=B3*2");
  const port = createOfficeWorkbook({ run: fx.run, isSetSupported: fx.isSetSupported });
  return { fx, s, port };
}

// The fake does not calculate, so a formula cell is compared by its formula, not its cached result.
const snapshot = (s: ReturnType<typeof setup>["s"]) => JSON.stringify({ v: s.values.map((row, r) => row?.map((v, c) => (s.formula(r, c) ? "(formula)" : v))), f: [...s.formats], x: [...s.formulas] });

const FIXES = [issue("A2", "Xã Lâm Giag", "Xã Lâm Giang"), issue("B2", "1.234", 1234), issue("B3", "45", 45), issue("D3", 99, 100, false)];

describe("applying fixes and undoing them", () => {
  it("writes all fixes in one batch, then undoLast restores values, number formats and formulas exactly", async () => {
    const { s, port } = setup();
    const before = snapshot(s);
    const out = await applyFixes(port, FIXES, { label: "Sửa số nhập dạng chữ", now: NOW });
    expect(out).toMatchObject({ ok: true, value: { applied: 4 } });
    expect([s.get(1, 0), s.get(1, 1), s.format(1, 1), s.get(2, 3), s.formula(2, 3)]).toEqual(["Xã Lâm Giang", 1234, "General", 100, undefined]);
    const undo = await undoLast(port);
    expect(undo).toMatchObject({ ok: true, value: { restored: 4, conflicts: [] } });
    expect(snapshot(s)).toBe(before);
  });

  it("applies only safe fixes when asked", async () => {
    const { s, port } = setup();
    await applyFixes(port, FIXES, { label: "an toàn", now: NOW, onlySafe: true });
    expect(s.formula(2, 3)).toBe("=B3*2");
  });

  it("undo survives closing and reopening the pane (a new adapter over the same workbook)", async () => {
    const { fx, s, port } = setup();
    const before = snapshot(s);
    await applyFixes(port, FIXES, { label: "Sửa tên xã", now: NOW });
    const reopened = createOfficeWorkbook({ run: fx.run, isSetSupported: fx.isSetSupported });
    const list = await listUndo(reopened);
    expect(list).toMatchObject({ ok: true, value: [{ label: "Sửa tên xã", at: NOW, cells: 4 }] });
    await undoLast(reopened);
    expect(snapshot(s)).toBe(before);
    expect(await listUndo(reopened)).toMatchObject({ ok: true, value: [] });
  });

  it("refuses to undo a cell the officer edited since, and reports it", async () => {
    const { s, port } = setup();
    await applyFixes(port, FIXES, { label: "Sửa", now: NOW });
    s.setRaw(1, 0, "Xã Lâm Giang (đã sửa tay)");
    const undo = await undoLast(port);
    expect(undo).toMatchObject({ ok: true, value: { restored: 3, conflicts: [{ sheet: "Biểu 1", address: "A2", current: "Xã Lâm Giang (đã sửa tay)", written: "Xã Lâm Giang" }] } });
    expect(s.get(1, 0)).toBe("Xã Lâm Giang (đã sửa tay)");
    expect(s.get(1, 1)).toBe("1.234");
  });

  it.each(["=SUM(A1)", "+84 912 345 678", "-5 hộ", "@xhht", "0123", "12/03/2025"])("writes the text %p back as text, never as a formula or number", async (text) => {
    const { s, port } = setup();
    await applyFixes(port, [issue("C2", "cũ", text)], { label: "văn bản", now: NOW });
    expect([s.get(1, 2), s.formula(1, 2), s.format(1, 2)]).toEqual([text, undefined, "@"]);
  });

  it.each([1, 2, 3, 4, 5])("a sync failure at sync #%i of applyFixes leaves the workbook consistent and reports office-sync-failed", async (n) => {
    const { fx, s, port } = setup();
    const before = snapshot(s);
    fx.stats.reset();
    fx.stats.failAtSync = n;
    const out = await applyFixes(port, FIXES, { label: "Sửa", now: NOW });
    fx.stats.failAtSync = 0;
    const undo = await listUndo(port);
    if (out.ok) {
      // The failure hit after the write: fully applied, with its undo entry.
      expect(undo).toMatchObject({ ok: true, value: [{ cells: 4 }] });
      expect(s.get(1, 0)).toBe("Xã Lâm Giang");
    } else {
      expect(out.error.code).toBe("office-sync-failed");
      expect(out.error.message).not.toMatch(/injected|Exception/);
      expect(snapshot(s)).toBe(before);
      expect(undo).toMatchObject({ ok: true, value: [] });
    }
  });

  it("reports nothing to undo on a fresh workbook", async () => {
    const { port } = setup();
    expect(await undoLast(port)).toEqual({ ok: true, value: { label: null, restored: 0, conflicts: [] } });
  });
});
