import fc from "fast-check";
import { isNfc, normalizeText } from "./normalize-text";
import { keyOfHeader, slowTextKey, textKey } from "./text-key";

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
  it("gives by its fast table exactly the key Unicode decomposition gives", () => {
    const vietnamese = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
    const alphabet = [...vietnamese, ...vietnamese.toUpperCase(), ..." \u00a0\t\n-/().,:%0123456789bcdghklmnpqrstvxĐÐðİıßæøŒ\u0300\u0301\u0303\u0309\u0323\u01c4\u1e9e"];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: "binary" })), (s) => {
        expect(textKey(s)).toBe(slowTextKey(s));
      }),
      { numRuns: 2000 },
    );
    // Keys of every length the fast path builds in pieces, and texts longer than its buffer.
    for (let n = 0; n <= 140; n++) {
      const s = "Thôn Bản Đoàn Kết ".repeat(10).slice(0, n);
      expect([n, textKey(s)]).toEqual([n, slowTextKey(s)]);
    }
    // Every code of Latin-1, Latin Extended A/B, the combining marks and the precomposed Vietnamese letters, alone and in a word.
    for (const [from, to] of [[0, 0x24f], [0x300, 0x36f], [0x1ea0, 0x1ef9]]) {
      for (let c = from; c <= to; c++) {
        const ch = String.fromCharCode(c);
        expect([c, textKey(ch)]).toEqual([c, slowTextKey(ch)]);
        expect([c, textKey(`Xã ${ch}x`)]).toEqual([c, slowTextKey(`Xã ${ch}x`)]);
      }
    }
  });
  it("keys headers typed in TCVN3 or VNI by their Unicode reading", () => {
    expect(keyOfHeader("Tæng sè hé")).toBe("tong so ho");
    expect(keyOfHeader("Toång soá hoä")).toBe("tong so ho");
    expect(keyOfHeader("Tổng số hộ")).toBe("tong so ho");
  });
});
