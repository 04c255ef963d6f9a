import { compareToTargets, ratesOf } from "./targets";
import type { RollupLine } from "./rollup-types";

describe("comparing rates with targets", () => {
  it("says which groups are below the national targets", () => {
    expect(compareToTargets({ "gia-dinh": 69.9, "dong-ho": 65, "cong-dan": null }, { "gia-dinh": 70, "dong-ho": 65, "cong-dan": 40, "don-vi-co-so": 80 })).toEqual([
      { group: "gia-dinh", rate: 69.9, target: 70, status: "below" },
      { group: "dong-ho", rate: 65, target: 65, status: "at" },
      { group: "cong-dan", rate: null, target: 40, status: "no-data" },
      { group: "don-vi-co-so", rate: null, target: 80, status: "no-data" },
    ]);
  });

  it("reads the rates of a roll-up line", () => {
    const line: RollupLine = {
      kind: "total",
      code: "15",
      name: "Tỉnh Lào Cai",
      sources: [],
      rowCount: 1,
      groups: { "gia-dinh": { total: 10, registered: 8, recognised: 8, rate: 80 } },
    };
    expect(ratesOf(line)).toEqual({ "gia-dinh": 80 });
    expect(compareToTargets(ratesOf(line), { "gia-dinh": 70 })[0].status).toBe("at");
  });
});
