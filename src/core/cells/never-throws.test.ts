import fc from "fast-check";
import type { CellValue } from "../grid/grid";
import * as cells from "./index";

/** Any value squeezed into a cell value: what a buggy adapter could still hand over. */
function toCell(v: unknown): CellValue {
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v === undefined) return null;
  if (typeof v === "object") return { error: String(Object.keys(v as object)[0] ?? "#N/A") };
  return String(v);
}

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.anything().map(toCell),
  fc.string({ unit: "binary" }),
  fc.string({ unit: fc.constantFrom(..."0123456789.,  \u00a0+-%−") }),
  fc.double(),
  fc.constantFrom<CellValue>(NaN, Infinity, -Infinity, -0, true, false, null, "", { error: "#DIV/0!" }),
);

const formats = fc.oneof(fc.constant(null), fc.string(), fc.constantFrom("0%", "0.0%", "General", "dd/mm/yyyy", '"%"0', "[%]", "\\"));

describe("every reader is total (never throws)", () => {
  it("on any cell value", () => {
    fc.assert(
      fc.property(cellValue, formats, (v, f) => {
        expect(["count", "decimal"].map((k) => cells.parseNumber(v, k as cells.NumberKind).ok)).toBeDefined();
        expect(typeof cells.parsePercent(v, f).ok).toBe("boolean");
        expect(typeof cells.parseBoolean(v).ok).toBe("boolean");
        expect(typeof cells.parseDate(v, f).ok).toBe("boolean");
        expect(typeof cells.parseDate(v).ok).toBe("boolean");
      }),
      { numRuns: 2000 },
    );
  });
  it("on values that are not even cell values", () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const raw = v as CellValue;
        expect(() => [cells.parseNumber(raw, "count"), cells.parsePercent(raw, null), cells.parseBoolean(raw), cells.parseDate(raw)]).not.toThrow();
      }),
    );
  });
  it("on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(typeof cells.textKey(s)).toBe("string");
        expect(typeof cells.keyOfHeader(s)).toBe("string");
        expect(typeof cells.normalizeText(s)).toBe("string");
        expect(typeof cells.isNfc(s)).toBe("boolean");
        expect(typeof cells.convertLegacy(s, "tcvn3")).toBe("string");
        expect(typeof cells.encodeLegacy(s, "vni")).toBe("string");
        expect(cells.detectLegacyEncoding(s)).not.toBe(undefined);
      }),
      { numRuns: 2000 },
    );
  });
  it("re-uses the grid's own Excel error test", () => {
    expect(cells.isExcelErrorValue({ error: "#REF!" })).toBe(true);
    expect(cells.isExcelErrorValue("#REF!")).toBe(false);
  });
});
