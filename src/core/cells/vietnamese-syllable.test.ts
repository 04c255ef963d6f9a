import { isVietnameseLetter, isVietnameseSyllable } from "./vietnamese-syllable";

describe("isVietnameseSyllable (âm tiết)", () => {
  it.each([
    "gia", "đình", "học", "tập", "người", "nghĩa", "giữa", "gì", "gìn", "quốc", "quý", "của", "thuở", "hoà", "hòa", "thuý",
    "thúy", "khoẻ", "khỏe", "tiếng", "yêu", "nguyễn", "thuyết", "khuya", "xoong", "xoắn", "huấn", "thuế", "được",
    "trường", "huynh", "ĐẠT", "Tổng", "CĐHT", "đ", "ấy", "ơi",
  ])("knows '%s'", (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });
  it.each([
    "café", "cafộ", "naïve", "müller", "hàà", "họcs", "tậpp", "aâm", "laâm", "taäp", "hoïc", "ñình", "ỉng" + "x", "tỉng2",
    "hòc", "tàp", "tiêng" + "t", "iê", "ă", "coõng" + "n", "xaòn", "",
  ])("rejects '%s'", (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
  it("knows the letters", () => {
    expect(isVietnameseLetter("Ự")).toBe(true);
    expect(isVietnameseLetter("f")).toBe(false);
    expect(isVietnameseLetter("ß")).toBe(false);
  });
});
