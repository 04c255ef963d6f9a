import { laoCaiProfile } from "../province";
import type { RollupRow } from "../aggregation/rollup-types";
import { buildTrend, targetForYear, trendCharts } from "./index";

const g = (total: number, recognised: number) => ({ "gia-dinh": { total, registered: null, recognised } });
const row = (year: number, unitName: string, total: number, recognised: number): RollupRow => ({ source: `${unitName} ${year}`, unitName, groups: g(total, recognised), year, period: year >= 2025 ? "after" : "before" });

describe("year over year", () => {
  const rows = [
    row(2023, "Xã Lâm Giang", 1000, 600),
    row(2024, "Xã Lâm Giang", 1000, 550),
    row(2025, "Xã Lâm Giang", 1500, 900),
    row(2024, "Phường Yên Thịnh", 400, 300),
    row(2024, "Phường Văn Phú", 600, 400),
    row(2025, "Phường Văn Phú", 1000, 720),
  ];
  const t = buildTrend(rows, { targets: laoCaiProfile().targets });

  it("lines the years up per commune and for the province", () => {
    expect(t.years).toEqual([2023, 2024, 2025]);
    const lg = t.units.find((u) => u.name === "Xã Lâm Giang")!;
    expect(lg.groups["gia-dinh"].map((p) => [p.year, p.total, p.recognised])).toEqual([
      [2023, 1000, 600],
      [2024, 1000, 550],
      [2025, 1500, 900],
    ]);
    expect(t.province.groups["gia-dinh"].map((p) => p.recognised)).toEqual([600, 1250, 1620]);
  });

  it("sums a former unit into the commune that took it over", () => {
    const vp = t.units.find((u) => u.name === "Phường Văn Phú")!;
    expect(vp.groups["gia-dinh"].find((p) => p.year === 2024)).toMatchObject({ total: 1000, recognised: 700, rate: 70 });
    expect(t.notes.some((n) => n.year === 2024 && n.note.code === "mapped-to-successor" && n.note.unitName === "Phường Yên Thịnh")).toBe(true);
  });

  it("compares each year with the target of its phase (2025 for 2021–2025, 2030 after)", () => {
    const p = t.province.groups["gia-dinh"];
    expect(p.map((x) => x.target?.percent)).toEqual([70, 70, 70]);
    expect(targetForYear(laoCaiProfile().targets, "gia-dinh", 2026)).toMatchObject({ byYear: 2030, percent: 80, confidence: "I" });
    expect(targetForYear(laoCaiProfile().targets, "gia-dinh", 2031)).toBeNull();
  });

  it("notes recognised falling and totals jumping as information", () => {
    expect(t.changes).toEqual(
      expect.arrayContaining([
        { code: "recognised-fell", unit: expect.objectContaining({ name: "Xã Lâm Giang" }), group: "gia-dinh", from: { year: 2023, value: 600 }, to: { year: 2024, value: 550 } },
        { code: "total-jumped", unit: expect.objectContaining({ name: "Xã Lâm Giang" }), group: "gia-dinh", from: { year: 2024, value: 1000 }, to: { year: 2025, value: 1500 } },
      ]),
    );
    expect(t.changes.some((c) => c.unit.name === "Phường Văn Phú")).toBe(false);
    // 2023 has one commune, 2024 and 2025 two: the province's sums are not compared.
    expect(t.changes.some((c) => c.unit.name === "Toàn tỉnh")).toBe(false);
  });
});

describe("trend charts", () => {
  it("draws the province's rate per year as columns with the target as a line", () => {
    const t = buildTrend([row(2024, "Xã Lâm Giang", 1000, 550), row(2025, "Xã Lâm Giang", 1000, 720)], { targets: laoCaiProfile().targets });
    const [chart] = trendCharts(t, (g) => (g === "gia-dinh" ? "Gia đình học tập" : g));
    expect(chart).toMatchObject({
      id: "xhht-trend-gia-dinh",
      kind: "column-with-target",
      title: "Gia đình học tập: tỷ lệ công nhận theo năm",
      categories: ["2024", "2025"],
      series: [
        { name: "Toàn tỉnh", values: [55, 72] },
        { name: "Chỉ tiêu", values: [70, 70], asLine: true },
      ],
    });
  });
});
