import fc from "fast-check";
import type { Grid } from "../../grid/grid";
import { decimalsShown } from "../read-cell";
import { rateMatches } from "./rate";
import { plainRateMatches } from "./summary-groups";

const oneCell = (value: number, format: string | null = null): Grid => ({
  sheetName: "x",
  origin: { row: 0, col: 0 },
  values: [[value]],
  numberFormats: [[format]],
});

describe("plainRateMatches (the rate rule's quick yes)", () => {
  it("says yes only where rateMatches says yes, at the decimals the cell shows", () => {
    const counts = fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 5000 }));
    const stated = fc.oneof(fc.integer({ min: 0, max: 1000 }).map((t) => t / 10), fc.double({ min: 0, max: 100, noNaN: true }), fc.integer({ min: 0, max: 10000 }).map((t) => t / 100));
    fc.assert(
      fc.property(counts, stated, fc.constantFrom(null, "General", "0.0", "0.00%"), ([numerator, total], value, format) => {
        const grid = oneCell(value, format);
        if (plainRateMatches(grid, 0, 0, value, numerator, total, undefined)) {
          expect(rateMatches(value, numerator, total, decimalsShown(grid, 0, 0))).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it("says yes to the usual rate and leaves the rest to the full rule", () => {
    expect(plainRateMatches(oneCell(50.7), 0, 0, 50.7, 230, 454, undefined)).toBe(true);
    // Truncated (230/454 = 50.66… printed 50.6): accepted, but by the full rule.
    expect(plainRateMatches(oneCell(50.6), 0, 0, 50.6, 230, 454, undefined)).toBe(false);
    expect(rateMatches(50.6, 230, 454, 1)).toBe(true);
    // 2 decimals shown: the full rule decides.
    expect(plainRateMatches(oneCell(50.66), 0, 0, 50.66, 230, 454, undefined)).toBe(false);
    // A number format other than General: the full rule decides.
    expect(plainRateMatches(oneCell(50.7, "0.0"), 0, 0, 50.7, 230, 454, undefined)).toBe(false);
    expect(plainRateMatches(oneCell(60), 0, 0, 60, 230, 454, undefined)).toBe(false);
  });
});
