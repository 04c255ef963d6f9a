import * as matching from "./match-unit";
import { rollup } from "./rollup";
import type { GroupCounts, RollupResult, RollupRow } from "./rollup-types";

const g = (total: number | null, registered: number | null, recognised: number | null): GroupCounts => ({ total, registered, recognised });
const row = (unitName: string, groups: RollupRow["groups"], extra: Partial<RollupRow> = {}): RollupRow => ({ source: `${unitName}.xlsx`, unitName, groups, ...extra });
const lineSummary = (r: RollupResult) => r.lines.map((l) => `${l.kind} ${l.code} ${l.name} gia-dinh ${l.groups["gia-dinh"]?.recognised}/${l.groups["gia-dinh"]?.total}`);
const noteSummary = (r: RollupResult) => r.notes.map((n) => `${n.code} ${n.unitName}${n.placed ? " (counted)" : ""}${n.units.length ? ` → ${n.units.map((u) => u.name).join(", ")}` : ""}`);

describe("rolling up commune rows of a 2024 Yên Bái report", () => {
  const rows = [
    row("Xã Mỏ Vàng", { "gia-dinh": g(20, 15, 10), "dong-ho": g(4, 3, 2) }),
    row("Xã Lâm Giang", { "gia-dinh": g(454, 300, 230), "dong-ho": g(0, 0, 0) }),
    row("Xã Lâm Giag", { "gia-dinh": g(100, 90, 80) }),
    row("Huyện Văn Yên", { "gia-dinh": g(474, 315, 240) }),
    row("Tổng cộng", { "gia-dinh": g(474, 315, 240) }),
    row("Xã Bảo Hà", { "gia-dinh": g(50, 50, 50) }),
    row("Xã Tân Thịnh", { "gia-dinh": g(300, 200, 100) }, { unitCode: "04696" }),
  ];
  const byCommune = rollup(rows, { period: "before", by: "commune", year: 2024 });

  it("gives one line per commune, in code order", () => {
    expect(lineSummary(byCommune)).toEqual([
      "unit 04381 Xã Lâm Giang gia-dinh 230/454",
      "unit 04450 Xã Mỏ Vàng gia-dinh 10/20",
      "unit 04696 Xã Tân Thịnh gia-dinh 100/300",
    ]);
  });

  it("makes the grand total the sum of the placed rows and its rate from the sums, not an average", () => {
    const t = byCommune.total.groups["gia-dinh"];
    expect([byCommune.total.code, byCommune.total.name, byCommune.total.rowCount]).toEqual(["15", "Tỉnh Yên Bái", 3]);
    expect(t).toEqual({ total: 774, registered: 515, recognised: 340, rate: (340 / 774) * 100 });
    expect(t.rate).not.toBeCloseTo((230 / 454 + 10 / 20 + 100 / 300) * (100 / 3), 3);
  });

  it("leaves the rate empty when the total is 0", () => {
    expect(byCommune.lines[0].groups["dong-ho"]).toEqual({ total: 0, registered: 0, recognised: 0, rate: null });
    expect(byCommune.total.groups["dong-ho"]?.rate).toBe(50);
  });

  it("reports every row it could not place instead of dropping it", () => {
    expect(noteSummary(byCommune)).toEqual([
      "unit-unknown Xã Lâm Giag → Xã Lâm Giang",
      "subtotal-skipped Huyện Văn Yên → Huyện Văn Yên",
      "unit-unknown Tổng cộng",
      "unit-out-of-scope Xã Bảo Hà → Xã Bảo Hà",
    ]);
  });

  it("sums communes into their districts", () => {
    expect(lineSummary(rollup(rows, { period: "before", by: "district", year: 2024 }))).toEqual([
      "unit 136 Huyện Văn Yên gia-dinh 240/474",
      "unit 140 Huyện Văn Chấn gia-dinh 100/300",
    ]);
  });

  it("sums everything in scope into the province", () => {
    const r = rollup(rows, { period: "before", by: "province", year: 2024 });
    expect(lineSummary(r)).toEqual(["unit 15 Tỉnh Yên Bái gia-dinh 340/774"]);
  });

  it("counts a commune sent twice only once and says so", () => {
    const r = rollup([rows[0], { ...rows[0], source: "resent.xlsx" }], { period: "before", by: "commune" });
    expect(r.total.groups["gia-dinh"]?.total).toBe(20);
    expect(r.notes).toEqual([{ code: "duplicate-unit", source: "resent.xlsx", unitName: "Xã Mỏ Vàng", placed: false, units: [] }]);
  });

  it("puts a 2019 row naming Xã Hoàng Thắng (merged in 2020) on its own line", () => {
    const r = rollup([row("Xã Hoàng Thắng", { "gia-dinh": g(10, 5, 5) })], { period: "before", by: "commune", year: 2019 });
    expect(lineSummary(r)).toEqual(["unit 04444 Xã Hoàng Thắng gia-dinh 5/10"]);
    expect(r.notes).toEqual([]);
  });
});

describe("rolling up for the new Lào Cai province", () => {
  const old = { period: "before" as const, year: 2024 };
  const rows = [
    row("Xã Pá Hu", { "gia-dinh": g(100, 80, 60) }, old),
    row("Xã Trạm Tấu", { "gia-dinh": g(50, 40, 30) }, { ...old, unitCode: "04600" }),
    row("Xã Túc Đán", { "gia-dinh": g(30, 20, 10) }, old),
    row("Xã La Pan Tẩn", { "gia-dinh": g(40, 30, 20) }, old),
    row("Xã Lâm Giang", { "gia-dinh": g(454, 300, 230) }),
    row("Xã Hoàng Thắng", { "gia-dinh": g(9, 9, 9) }, { period: "before", year: 2019 }),
  ];

  it("maps old communes to the new commune that took them over", () => {
    const r = rollup(rows, { period: "after", by: "commune" });
    expect(lineSummary(r)).toEqual(["unit 02782 Xã Cao Sơn gia-dinh 20/40", "unit 04381 Xã Lâm Giang gia-dinh 230/454", "unit 04606 Xã Trạm Tấu gia-dinh 100/180"]);
    expect(r.total.groups["gia-dinh"]).toEqual({ total: 674, registered: 470, recognised: 350, rate: (350 / 674) * 100 });
    expect(noteSummary(r)).toEqual([
      "mapped-to-successor Xã Pá Hu (counted) → Xã Trạm Tấu",
      "mapped-to-successor Xã Trạm Tấu (counted) → Xã Trạm Tấu",
      "mapped-to-successor Xã Túc Đán (counted) → Xã Trạm Tấu",
      "mapped-to-successor Xã La Pan Tẩn (counted) → Xã Cao Sơn",
      "no-successor Xã Hoàng Thắng → Xã Hoàng Thắng",
    ]);
  });

  it("keeps an old commune split between several new ones on its own flagged line", () => {
    const spy = jest.spyOn(matching, "successorsOfUnit").mockImplementation((u) =>
      u.code === "04588"
        ? [
            { code: "04606", name: "Xã Trạm Tấu", confidence: "high" },
            { code: "04585", name: "Xã Hạnh Phúc", confidence: "high" },
          ]
        : [],
    );
    try {
      const r = rollup([row("Xã Túc Đán", { "gia-dinh": g(30, 20, 10) }, old)], { period: "after", by: "commune" });
      expect(lineSummary(r)).toEqual(["split 04588 Xã Túc Đán gia-dinh 10/30"]);
      expect(noteSummary(r)).toEqual(["split-successors Xã Túc Đán (counted) → Xã Trạm Tấu, Xã Hạnh Phúc"]);
    } finally {
      spy.mockRestore();
    }
  });

  it("has no district lines after the merger, but still totals", () => {
    const r = rollup(rows.slice(0, 2), { period: "after", by: "district" });
    expect(r.lines).toEqual([]);
    expect(r.total.groups["gia-dinh"]?.total).toBe(150);
    expect(r.notes[0].code).toBe("no-districts-after-merger");
  });

  it("sums everything into the new province", () => {
    expect(lineSummary(rollup(rows, { period: "after", by: "province" }))).toEqual(["unit 15 Tỉnh Lào Cai gia-dinh 350/674"]);
  });

  it("cannot put a new-province row into an old-list roll-up", () => {
    const r = rollup([row("Xã Lâm Giang", { "gia-dinh": g(1, 1, 1) }, { period: "after" })], { period: "before", by: "commune" });
    expect(r.lines).toEqual([]);
    expect(noteSummary(r)).toEqual(["cannot-map-to-old-list Xã Lâm Giang"]);
  });

  it("ignores empty cells in sums and keeps a group empty when no row filled it", () => {
    const r = rollup([row("Xã Lâm Giang", { "cong-dan": g(null, null, null), "gia-dinh": g(10, null, 5) })], { period: "after", by: "commune" });
    expect(r.total.groups).toEqual({
      "cong-dan": { total: null, registered: null, recognised: null, rate: null },
      "gia-dinh": { total: 10, registered: null, recognised: 5, rate: 50 },
    });
  });
});
