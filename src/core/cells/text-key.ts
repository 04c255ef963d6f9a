import { fixLegacyText } from "./legacy-encoding";

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const ASCII_KEYED = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/** What each ASCII code becomes in a key: its lower-case letter or digit, "%" as itself, anything else a blank. */
const ASCII_KEY: readonly string[] = Array.from({ length: 128 }, (_, c) => {
  const ch = String.fromCharCode(c);
  if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 37) return ch;
  if (c >= 65 && c <= 90) return ch.toLowerCase();
  return " ";
});

/** The key of one non-ASCII character already in NFD: tone and other marks vanish, đ/Đ (and Ð/ð) are d. */
function keyOfChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x300 && c <= 0x36f) return "";
  if (c === 0x111 || c === 0x110 || c === 0xf0 || c === 0xd0) return "d";
  const lower = ch.toLowerCase();
  if (lower.length === 1 || !lower.normalize("NFD").match(/[\u0300-\u036f]/)) return LETTER_OR_DIGIT.test(ch) ? lower : " ";
  // A capital whose small letter carries a mark of its own ("İ" → "i̇"): keep the letter only.
  return lower.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/**
 * The matching key of a name or header (khóa so khớp): no diacritics (so "hoà"/"hòa" and "thuý"/"thúy" agree),
 * đ → d, lower case, punctuation and blanks as single spaces ("%" kept, so a header "Tỷ lệ (%)" still says percent),
 * trimmed — "Xã  Lâm\nGiang" gives "xa lam giang".
 */
export function textKey(s: string): string {
  if (ASCII_KEYED.test(s)) return s;
  const d = s.normalize("NFD");
  let out = "";
  let pendingSpace = false;
  for (const ch of d) {
    const c = ch.charCodeAt(0);
    const k = c < 128 ? ASCII_KEY[c] : keyOfChar(ch);
    if (k === "") continue;
    if (k === " ") {
      pendingSpace = out !== "";
      continue;
    }
    if (pendingSpace) out += " ";
    pendingSpace = false;
    out += k;
  }
  return out;
}

/** The matching key of a header, read as Unicode first when it was typed in TCVN3 or VNI ("Tæng sè" → "tong so"). */
export function keyOfHeader(s: string): string {
  const legacy = fixLegacyText(s);
  return textKey(legacy ? legacy.text : s);
}
