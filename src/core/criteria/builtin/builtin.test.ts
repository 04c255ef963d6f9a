import { BUILTIN_SETS } from "./index";
import { parseCriteriaSet } from "../parse-set";
import { valueEntries } from "../value-paths";

describe("built-in criteria sets", () => {
  it.each(BUILTIN_SETS.map((s) => [s.id, s] as const))("%s passes its own schema and checks", (_id, set) => {
    const r = parseCriteriaSet(set);
    expect(r.ok ? [] : r.error).toEqual([]);
  });

  it("ids are unique", () => {
    expect(new Set(BUILTIN_SETS.map((s) => s.id)).size).toBe(BUILTIN_SETS.length);
  });

  it("marks the values criteria.md marks provisional", () => {
    const marks = (id: string) => Object.fromEntries(valueEntries(BUILTIN_SETS.find((s) => s.id === id)!).map((e) => [e.path, e.threshold.confidence]));
    expect(marks("cong-dan-324")).toMatchObject({ "total.min": "V", "total.max": "V", "cs3.min": "V", "cs3.max": "I" });
    expect(marks("gia-dinh-448")).toMatchObject({ "tc1.max": "V", "tc3.max": "P", "tc1.min": "P", "total.min": "P", "tc2-3.max": "P" });
    expect(marks("dong-ho-448")).toEqual({ "share.min": "P", "quy-hoac-quy-uoc.required": "P" });
    expect(marks("cong-dong-thon-448")).toEqual({ "share.min": "P", "thon-van-hoa.required": "P", "chi-hoi-khuyen-hoc.required": "P" });
    expect(marks("cong-dong-xa-tt25")).toMatchObject({ "tc1-tuyen-truyen.required": "V", "tc3-hieu-qua.required": "P", "tc5-muc-2.required": "P" });
    expect(marks("cong-dong-xa-tt44")).toEqual({ "xep-loai-dat.required": "P" });
    expect(marks("don-vi-tinh-tt22")).toMatchObject({ "band.good": "V", "c3-2.max": "P" });
    expect(marks("don-vi-tinh-tt24")).toMatchObject({ "tc2-ky-luat.level-1": "V", "tc2-ky-luat.level-2": "P", "tc3-cong-dan.level-2": "I" });
    expect(marks("don-vi-huyen-tt24")).toMatchObject({ "tc3-cong-dan.level-1": "P", "tc3-chia-se.required": "P", "tc1-ke-hoach.required": "V" });
  });

  it("every set explains its period; the QĐ 448 sets are carried on past 2020 as an inferred choice", () => {
    for (const s of BUILTIN_SETS) {
      expect(s.period).toBeDefined();
      expect(s.period?.toSource === "open").toBe(s.validTo === null);
      expect(s.period?.fromSource === "unknown").toBe(s.validFrom === null);
    }
    for (const id of ["gia-dinh-448", "dong-ho-448", "cong-dong-thon-448", "don-vi-co-so-448"])
      expect(BUILTIN_SETS.find((s) => s.id === id)?.period).toEqual({ fromSource: "signed", toSource: "open", statedEnd: "2020-12-31", confidence: "I" });
  });

  it("the district sets end the day before districts ended (2025-07-01)", () => {
    for (const id of ["don-vi-huyen-tt24", "cong-dong-huyen-tt25"]) {
      const s = BUILTIN_SETS.find((x) => x.id === id);
      expect([s?.validTo, s?.period?.toSource]).toEqual(["2025-06-30", "district-reform"]);
    }
  });

  it("no set for a title overlaps another in time", () => {
    const byTitle = new Map<string, typeof BUILTIN_SETS[number][]>();
    for (const s of BUILTIN_SETS) byTitle.set(s.title, [...(byTitle.get(s.title) ?? []), s]);
    for (const list of byTitle.values())
      for (const a of list)
        for (const b of list)
          if (a !== b) expect((a.validTo ?? "9999") < (b.validFrom ?? "0000") || (b.validTo ?? "9999") < (a.validFrom ?? "0000")).toBe(true);
  });
});
