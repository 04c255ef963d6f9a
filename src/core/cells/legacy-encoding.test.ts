import fc from "fast-check";
import { convertLegacy, detectLegacyEncoding, encodeLegacy, fixLegacyText } from "./legacy-encoding";
import { TCVN3_PAIRS } from "./tcvn3-table";

/** Headers and names as officers write them (only capitals TCVN3 can hold: no toned capitals). */
const HEADERS = [
  "Gia đình học tập", "Dòng họ học tập", "Cộng đồng học tập cấp thôn", "Đơn vị học tập", "Công dân học tập",
  "Tổng số hộ", "Số hộ đăng ký", "Số hộ được công nhận", "Tỷ lệ %", "Xã Lâm Giang", "Huyện Văn Yên",
  "Thôn Khe Lếch", "Tổng cộng", "Toàn xã", "Số thứ tự", "Tên đơn vị", "Ghi chú của đơn vị", "Kết quả đánh giá", "Không đạt",
  "Đạt", "Người lập biểu", "Chủ tịch UBND xã", "Phường Nguyễn Phúc", "Thị trấn Mậu A", "Năm học 2023-2024",
  "Trường Mầm non Hoa Sen", "Hội Khuyến học xã", "Thành phố Yên Bái", "Huyện Bảo Thắng", "Bản Pắc Ngà",
  "Đăng ký danh hiệu", "Công nhận năm 2024", "Dòng họ Nguyễn Văn", "Tổ dân phố số 5", "Khu dân cư Bình Minh",
];

/** The same written the TCVN3 way by hand, as the brief and old workbooks show them. */
const TCVN3_BY_HAND: [string, string][] = [
  ["Gia ®×nh häc tËp", "Gia đình học tập"],
  ["X· L©m Giang", "Xã Lâm Giang"],
  ["Tæng sè", "Tổng số"],
  ["C«ng d©n", "Công dân"],
  ["§¬n vÞ", "Đơn vị"],
  ["Dßng hä", "Dòng họ"],
  ["Céng ®ång", "Cộng đồng"],
  ["Tû lÖ", "Tỷ lệ"],
  ["Th«n", "Thôn"],
  ["§¹t", "Đạt"],
  ["Kh«ng ®¹t", "Không đạt"],
  ["Tæng sè hé", "Tổng số hộ"],
  ["Ng­êi lËp biÓu", "Người lập biểu"],
  ["§¨ng ký", "Đăng ký"],
];

const VNI_BY_HAND: [string, string][] = [
  ["Gia ñình hoïc taäp", "Gia đình học tập"],
  ["Xaõ Laâm Giang", "Xã Lâm Giang"],
  ["Coâng daân", "Công dân"],
  ["Ñôn vò", "Đơn vị"],
  ["Toång soá", "Tổng số"],
  ["Ngöôøi laäp bieåu", "Người lập biểu"],
  ["Huyeän Vaên Yeân", "Huyện Văn Yên"],
  ["Coäng ñoàng hoïc taäp", "Cộng đồng học tập"],
  ["ÑAÏT", "ĐẠT"],
  ["TOÅNG SOÁ HOÄ", "TỔNG SỐ HỘ"],
];

describe("legacy encodings (bảng mã TCVN3, VNI)", () => {
  it.each(TCVN3_BY_HAND)("reads TCVN3 '%s' as '%s'", (legacy, unicode) => {
    expect(fixLegacyText(legacy)).toEqual({ encoding: "tcvn3", text: unicode });
    expect(encodeLegacy(unicode, "tcvn3")).toBe(legacy);
  });
  it.each(VNI_BY_HAND)("reads VNI '%s' as '%s'", (legacy, unicode) => {
    expect(fixLegacyText(legacy)).toEqual({ encoding: "vni", text: unicode });
    expect(encodeLegacy(unicode, "vni")).toBe(legacy);
  });
  it.each(HEADERS)("finds '%s' written in TCVN3", (unicode) => {
    expect(fixLegacyText(encodeLegacy(unicode, "tcvn3"))).toEqual({ encoding: "tcvn3", text: unicode });
  });
  it.each(HEADERS)("finds '%s' written in VNI", (unicode) => {
    expect(fixLegacyText(encodeLegacy(unicode, "vni"))).toEqual({ encoding: "vni", text: unicode });
  });
  it.each(HEADERS)("leaves '%s' in Unicode alone, NFC or NFD", (unicode) => {
    expect(detectLegacyEncoding(unicode)).toBeNull();
    expect(detectLegacyEncoding(unicode.normalize("NFD"))).toBeNull();
  });
  it.each([
    "STT", "Total", "Ghi chu", "Tong so ho", "", "   ", "1.234", "Café au lait", "Crème brûlée", "naïve", "Müller",
    "São Paulo", "Ångström", "résumé", "Noël", "façade", "Zürich", "Señor", "déjà vu", "© 2024 UBND", "½ số hộ", "±5%",
    "30 °C", "Ελληνικά", "日本語", "Tân", "Lào Cai", "Hà Giang", "Tỷ lệ (%)", "«Gia đình»",
  ])("does not take '%s' for legacy text", (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
    expect(fixLegacyText(text)).toBeNull();
  });
  it("leaves 'Ghi chó' (TCVN3 for 'Ghi chú') alone: it reads as Vietnamese as it stands, so it may well be Unicode", () => {
    expect(detectLegacyEncoding("Ghi chó")).toBeNull();
    expect(convertLegacy("Ghi chó", "tcvn3")).toBe("Ghi chú");
  });
  it("writes capitals of a .VnTimeH heading back in capitals", () => {
    expect(convertLegacy("TæNG Sè Hé", "tcvn3")).toBe("TỔNG SỐ HỘ");
    expect(convertLegacy("DANH S¸CH", "tcvn3")).toBe("DANH SÁCH");
    expect(convertLegacy("Tæng sè UBND", "tcvn3")).toBe("Tổng số UBND");
  });
  it("holds all 74 letters of VN3, each once", () => {
    expect(TCVN3_PAIRS).toHaveLength(74);
    expect(new Set(TCVN3_PAIRS.map(([, l]) => l)).size).toBe(74);
    expect(new Set(TCVN3_PAIRS.map(([c]) => c)).size).toBe(74);
  });
});

const LOWER = [..."aăâbcdđeêghiklmnoôơpqrstuưvxy"].flatMap((v) =>
  "aăâeêioôơuưy".includes(v) ? [v, ...["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"].map((t) => (v + t).normalize("NFC"))] : [v],
);
const TCVN3_CAPITALS = [..."ĂÂÊÔƠƯĐBCDGHKLMNPQRSTVX"];

/** Words as Vietnamese is written: lower case, or a capital TCVN3 can hold then lower case. */
const tcvn3Word = fc
  .tuple(fc.constantFrom(...LOWER, ...TCVN3_CAPITALS), fc.array(fc.constantFrom(...LOWER), { maxLength: 6 }))
  .map(([first, rest]) => first + rest.join(""));
const anyLetter = fc.constantFrom(...LOWER, ...LOWER.map((l) => l.toUpperCase()));
const vniWord = fc.array(anyLetter, { minLength: 1, maxLength: 7 }).map((ls) => ls.join(""));
const sentence = (word: fc.Arbitrary<string>) =>
  fc.array(fc.oneof(word, fc.constantFrom("2024", "(1)", "-", "%")), { maxLength: 6 }).map((ws) => ws.join(" "));

describe("legacy round trips", () => {
  it("convertLegacy(encodeLegacy(s, 'tcvn3')) gives s back", () => {
    fc.assert(
      fc.property(sentence(tcvn3Word), (s) => {
        expect(convertLegacy(encodeLegacy(s, "tcvn3"), "tcvn3")).toBe(s);
      }),
    );
  });
  it("convertLegacy(encodeLegacy(s, 'vni')) gives s back, capitals included", () => {
    fc.assert(
      fc.property(sentence(vniWord), (s) => {
        expect(convertLegacy(encodeLegacy(s, "vni"), "vni")).toBe(s);
      }),
    );
  });
  it("never takes text made of real Vietnamese syllables, in Unicode, for legacy text", () => {
    const syllables = [...new Set(HEADERS.join(" ").split(" "))];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 6 }), (words) => {
        expect(detectLegacyEncoding(words.join(" "))).toBeNull();
      }),
    );
  });
  it("never throws and always answers in NFC", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const fixed = fixLegacyText(s);
        if (fixed) expect(fixed.text.normalize("NFC")).toBe(fixed.text);
        expect(convertLegacy(s, "vni").normalize("NFC")).toBe(convertLegacy(s, "vni"));
      }),
    );
  });
});

describe("the remembered syllable answers", () => {
  it("answer the same for a word whether asked first, again, or after the memory filled up and emptied", () => {
    const letters = [..."àáâãèéêìíòóôõùúýaeiouy", ..."ngthc", "©", "µ", "¸", "ø", "ï"];
    const rnd = (() => {
      let a = 7;
      return () => (a = (Math.imul(a, 1103515245) + 12345) >>> 0) / 2 ** 32;
    })();
    const texts = Array.from({ length: 12_000 }, () => {
      const word = () => Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => letters[Math.floor(rnd() * letters.length)]).join("");
      return `${word()} ${word()}`;
    });
    const first = texts.map((t) => detectLegacyEncoding(t));
    const again = texts.map((t) => detectLegacyEncoding(t));
    const reversed = [...texts].reverse().map((t) => detectLegacyEncoding(t)).reverse();
    expect(again).toEqual(first);
    expect(reversed).toEqual(first);
    // Words that are syllables and words that are not both occur, so both answers are remembered.
    expect(first.some((x) => x === null)).toBe(true);
    expect(first.some((x) => x !== null)).toBe(true);
  });
});
