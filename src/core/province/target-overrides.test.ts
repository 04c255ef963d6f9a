import { laoCaiProfile, targetOverrides } from "./index";

describe("the profile's own targets as overrides of a check", () => {
  const own = {
    ...laoCaiProfile(),
    targets: laoCaiProfile().targets.map((t) => (t.group === "gia-dinh" && t.byYear === 2025 ? { ...t, percent: 75 } : t.group === "dong-ho" && t.byYear === 2030 ? { ...t, percent: 85 } : t)),
  };
  it("are none for the built-in profile: its targets are the national ones, with their own basis", () => {
    expect(targetOverrides(laoCaiProfile(), 2025)).toEqual({});
    expect(targetOverrides(laoCaiProfile(), 2027)).toEqual({});
  });
  it("are the targets the province set differently, for the period of the year", () => {
    expect(targetOverrides(own, 2024)).toEqual({ "gia-dinh": 75 });
    expect(targetOverrides(own, 2026)).toEqual({ "dong-ho": 85 });
    expect(targetOverrides(own, 2019)).toEqual({});
  });
});
