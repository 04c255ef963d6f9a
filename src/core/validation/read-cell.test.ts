import fc from "fast-check";
import { fixLegacyText, isNfc, normalizeText } from "../cells";
import { lookAtText, TextLook } from "./read-cell";

const plainText = (s: string) => lookAtText(s) === TextLook.Plain;

describe("lookAtText says Plain (chữ không cần đọc lại)", () => {
  const letters = [..."aàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹAĐƠƯ0123456789 -,.()/", "\u00a0", "\t", "\u0301", "\u200b", "©", "µ", "ø"];
  const text = fc.array(fc.constantFrom(...letters), { maxLength: 20 }).map((cs) => cs.join(""));

  it("is only said of text that normalising, NFC and legacy detection all leave alone", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: "binary", maxLength: 20 })), (s) => {
        if (!plainText(s)) return;
        expect(normalizeText(s)).toBe(s);
        expect(isNfc(s)).toBe(true);
        expect(fixLegacyText(s)).toBeNull();
      }),
      { numRuns: 5000 },
    );
  });

  it("is said of clean Vietnamese names, and not of text that needs a closer look", () => {
    expect(plainText("Xã Nguyễn Văn Trỗi")).toBe(true);
    expect(plainText("Thon 12")).toBe(true);
    // Latin-1 letters alone may be TCVN3 ("Th«n" would be too): the full reading decides.
    expect(plainText("Thôn 1")).toBe(false);
    expect(plainText(" Xã An Phú")).toBe(false);
    expect(plainText("Xã  An Phú")).toBe(false);
    expect(plainText("Xã\u00a0An Phú")).toBe(false);
    expect(plainText("Xã An Phú".normalize("NFD"))).toBe(false);
    expect(plainText("")).toBe(false);
  });
});

describe("lookAtText", () => {
  it("leaves only the legacy question open for clean text with Latin-1 letters alone, and that text reads back unchanged", () => {
    expect(lookAtText("Thôn 1")).toBe(TextLook.LegacyOpen);
    expect(lookAtText("Xã Lâm Giang")).toBe(TextLook.LegacyOpen);
    expect(lookAtText("X· L©m Giang")).toBe(TextLook.LegacyOpen);
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.constantFrom(..."aàáâãèéêìíòóôõùúýbcdhnt ©µ·¸"), { maxLength: 16 }).map((cs) => cs.join("")), fc.string({ maxLength: 16 })), (s) => {
        if (lookAtText(s) !== TextLook.LegacyOpen) return;
        expect(normalizeText(s)).toBe(s);
        expect(isNfc(s)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
