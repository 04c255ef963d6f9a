import fc from "fast-check";
import { isNfc, normalizeText } from "./normalize-text";
import { keyOfHeader, textKey } from "./text-key";

describe("normalizeText (chuẩn hoá chữ)", () => {
  it.each<[string, string, string]>([
    ["trims and collapses double spaces", "  Xã  Lâm   Giang ", "Xã Lâm Giang"],
    ["turns line breaks and tabs into one space", "Gia đình\nhọc\t\ttập", "Gia đình học tập"],
    ["turns NBSP into a space", "Tổng\u00a0số", "Tổng số"],
    ["turns CR LF into a space", "Tổng số\r\nhộ", "Tổng số hộ"],
    ["composes NFD into NFC", "Xã Lâm Giang".normalize("NFD"), "Xã Lâm Giang"],
    ["keeps clean text as it is", "Đơn vị học tập", "Đơn vị học tập"],
    ["empties blank text", " \u00a0\n", ""],
  ])("%s", (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
  it("is idempotent on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
        expect(isNfc(once)).toBe(true);
      }),
    );
  });
});

describe("isNfc", () => {
  it("tells NFC from NFD", () => {
    expect(isNfc("Gia đình học tập")).toBe(true);
    expect(isNfc("Gia đình học tập".normalize("NFD"))).toBe(false);
    expect(isNfc("plain ASCII")).toBe(true);
  });
});

describe("textKey (khóa so khớp)", () => {
  it.each<[string, string]>([
    ["Xã Lâm Giang", "xa lam giang"],
    ["Xã  Lâm\nGiang", "xa lam giang"],
    ["XA LAM GIANG", "xa lam giang"],
    ["XÃ LÂM GIANG", "xa lam giang"],
    ["Xã Lâm Giang".normalize("NFD"), "xa lam giang"],
    [" Xã\u00a0Lâm Giang ", "xa lam giang"],
    ["Đơn vị học tập", "don vi hoc tap"],
    ["Ðơn vị (Eth)", "don vi eth"],
    ["Hoà", "hoa"],
    ["Hòa", "hoa"],
    ["Thuý", "thuy"],
    ["Thúy", "thuy"],
    ["Tổng số hộ/Đăng ký", "tong so ho dang ky"],
    ["(1)", "1"],
    ["Tỷ lệ (%)", "ty le %"],
    ["%", "%"],
    ["Cộng đồng học tập cấp thôn:", "cong dong hoc tap cap thon"],
    ["Năm học 2023-2024", "nam hoc 2023 2024"],
    ["", ""],
    ["   ", ""],
  ])("keys %p as %p", (input, expected) => {
    expect(textKey(input)).toBe(expected);
  });
  it("is idempotent on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const once = textKey(s);
        expect(textKey(once)).toBe(once);
      }),
    );
  });
  it("gives the same key to NFC and NFD spellings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        expect(textKey(s.normalize("NFD"))).toBe(textKey(s.normalize("NFC")));
      }),
    );
  });
  it("keys headers typed in TCVN3 or VNI by their Unicode reading", () => {
    expect(keyOfHeader("Tæng sè hé")).toBe("tong so ho");
    expect(keyOfHeader("Toång soá hoä")).toBe("tong so ho");
    expect(keyOfHeader("Tổng số hộ")).toBe("tong so ho");
  });
});
