import { parseUnitName, officialKeys } from "./unit-key";

describe("unit name keys", () => {
  it.each([
    ["Xã Lâm Giang", "xa", "lam giang"],
    ["  xã   LÂM giang ", "xa", "lam giang"],
    ["TP. Yên Bái", "thanh pho", "yen bai"],
    ["Tp Yên Bái", "thanh pho", "yen bai"],
    ["TT. Mậu A", "thi tran", "mau a"],
    ["P. Yên Ninh", "phuong", "yen ninh"],
    ["TX Nghĩa Lộ", "thi xa", "nghia lo"],
    ["Thị trấn N.T Phong Hải", "thi tran", "n t phong hai"],
    ["Huyện Văn Yên", "huyen", "van yen"],
  ])("reads %j as type %j and name %j", (input, type, plain) => {
    const p = parseUnitName(input).prefixed;
    expect(p?.type).toBe(type);
    expect(p?.plain).toBe(plain);
  });

  it("reads a name without a type word as a bare name", () => {
    expect(parseUnitName("Lâm Giang")).toEqual({ prefixed: null, whole: expect.objectContaining({ plain: "lam giang", type: null }) });
  });

  it("keeps 'Xà Hồ' readable both as 'Xã Hồ' and as the bare name 'Xà Hồ'", () => {
    const p = parseUnitName("Xà Hồ");
    expect(p.prefixed?.plain).toBe("ho");
    expect(p.whole.plain).toBe("xa ho");
  });

  it.each([
    ["Xã Khánh Hòa", "Xã Khánh Hoà", "accent"],
    ["Xã Khánh Hoà".normalize("NFD"), "Xã Khánh Hoà", "accent"],
    ["Xã Mù Cang Chải", "Xã Mù Căng Chải", "plain"],
    ["Xã Tà Xi Láng", "Xã Tà Si Láng", "loose"],
    ["Thị trấn NT Phong Hải", "Thị trấn N.T Phong Hải", "loose"],
  ] as const)("treats %j and %j as the same name on the %s key", (a, b, level) => {
    const ka = parseUnitName(a).prefixed;
    const kb = officialKeys(b, "Xã");
    expect(ka?.[level]).toBe(kb[level]);
  });

  it("tells 'Xã Minh Quán' from 'Xã Minh Quân' by accents but not without them", () => {
    const a = officialKeys("Xã Minh Quán", "Xã");
    const b = officialKeys("Xã Minh Quân", "Xã");
    expect(a.accent).not.toBe(b.accent);
    expect(a.plain).toBe(b.plain);
  });
});
