import { adminData, districtOf, successorsOf, unitByCode, unitsInScope, versionsOf } from "./admin-data";
import { unitIndex } from "./unit-index";

describe("the embedded unit lists", () => {
  it.each([
    ["old Yên Bái communes (2025-03 list)", 168, () => unitsInScope("before", "15").length],
    ["old Yên Bái districts", 9, () => unitsInScope("before", "15", "district").length],
    ["old Lào Cai communes", 151, () => unitsInScope("before", "10").length],
    ["new Lào Cai communes and wards", 99, () => unitsInScope("after").length],
    ["old communes with a successor", 319, () => adminData().oldToNew.size],
    ["GSO editions in the history", 18, () => adminData().editions.length],
    ["names in the history 2019–2025", 375, () => adminData().versions.length],
  ])("counts %s: %i", (_label, expected, count) => {
    expect(count()).toBe(expected);
  });

  it("gives nothing in scope after the merger for another province", () => {
    expect(unitsInScope("after", "10")).toEqual([]);
  });

  it("maps old Xã Pá Hu (04606) to the new Xã Trạm Tấu, which took over its code", () => {
    expect(successorsOf("04606")).toEqual([{ code: "04606", name: "Xã Trạm Tấu", confidence: "high" }]);
  });

  it("maps old Xã Tà Si Láng to the new Xã Tà Xi Láng with a manually checked mapping", () => {
    expect(successorsOf("04603")).toEqual([{ code: "04603", name: "Xã Tà Xi Láng", confidence: "manual:high" }]);
  });

  it("finds no successor for a code that is not an old commune", () => {
    expect(successorsOf("99999")).toEqual([]);
  });

  it("places Xã Lâm Giang in Huyện Văn Yên before the merger", () => {
    expect(districtOf("04381")?.name).toBe("Huyện Văn Yên");
    expect(districtOf("136")).toBeNull();
  });

  it("reads code 04714 as Thị trấn Yên Bình before the merger and Xã Yên Bình after", () => {
    expect(unitByCode("04714", "before")?.name).toBe("Thị trấn Yên Bình");
    expect(unitByCode("04714", "after")?.name).toBe("Xã Yên Bình");
  });

  it("knows that Xã Sơn A moved from Huyện Văn Chấn to Thị xã Nghĩa Lộ in 2020", () => {
    expect(versionsOf("04660").map((v) => [v.unit.districtName, v.firstSeen, v.lastSeen])).toEqual([
      ["Huyện Văn Chấn", "2019-09-11", "2020-01-01"],
      ["Thị xã Nghĩa Lộ", "2020-03-01", "2025-03-01"],
    ]);
  });

  it("has no two units of one period and level whose names differ only by s/x or i/y spelling", () => {
    for (const period of ["before", "after"] as const) {
      for (const list of unitIndex(period).byLoose.values()) {
        for (const level of ["province", "district", "commune"]) {
          const plains = new Set(list.filter((e) => e.pool === "current" && e.unit.level === level).map((e) => e.keys.plain));
          expect(plains.size).toBeLessThanOrEqual(1);
        }
      }
    }
  });
});
