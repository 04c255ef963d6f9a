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

/** Codes up to U+024F (Latin-1 and Latin Extended A/B), combining marks and the precomposed Vietnamese letters get a table entry. */
const TABLE_END = 0x1f00;
const BLANK = -1;
const DROP = -2;
const MIXED = -3;

/**
 * What each code of the fast table becomes in a key, worked out once by the general path below on the code alone:
 * DROP (a mark), BLANK (a separator), a single key character's code, or MIXED (several characters: general path).
 */
const KEY_CODE: Int32Array = (() => {
  const t = new Int32Array(TABLE_END).fill(MIXED);
  const fill = (c: number) => {
    const k = slowTextKeyParts(String.fromCharCode(c));
    t[c] = k === "" ? DROP : k === " " ? BLANK : k.length === 1 ? k.charCodeAt(0) : MIXED;
  };
  for (let c = 0; c < 0x250; c++) if (c < 0xd800) fill(c);
  for (let c = 0x300; c <= 0x36f; c++) fill(c);
  for (let c = 0x1ea0; c <= 0x1ef9; c++) fill(c);
  return t;
})();

/** The key parts of a text by the general rule, before spaces are joined: "" for marks only, " " for blanks only. */
function slowTextKeyParts(s: string): string {
  let out = "";
  let blank = false;
  for (const ch of s.normalize("NFD")) {
    const c = ch.charCodeAt(0);
    const k = c < 128 ? ASCII_KEY[c] : keyOfChar(ch);
    if (k === " ") blank = true;
    else out += k;
  }
  return out === "" && blank ? " " : blank ? "  " : out;
}

/**
 * The matching key of a name or header (khóa so khớp): no diacritics (so "hoà"/"hòa" and "thuý"/"thúy" agree),
 * đ → d, lower case, punctuation and blanks as single spaces ("%" kept, so a header "Tỷ lệ (%)" still says percent),
 * trimmed — "Xã  Lâm\nGiang" gives "xa lam giang".
 */
export function textKey(s: string): string {
  if (ASCII_KEYED.test(s)) return s;
  if (s.length > KEY_CODES.length) return slowTextKey(s);
  // Fast path: every code has a one-character (or no) key in the table, so no normalisation; the key's codes are
  // gathered first and made into one string (a character at a time would leave a string per character behind).
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = c < TABLE_END ? KEY_CODE[c] : MIXED;
    if (k === DROP) continue;
    if (k === BLANK) {
      pendingSpace = n > 0;
      continue;
    }
    if (k === MIXED) return slowTextKey(s);
    if (pendingSpace) KEY_CODES[n++] = 32;
    pendingSpace = false;
    KEY_CODES[n++] = k;
  }
  return keyString(n);
}

/** Where textKey gathers a key's codes; longer texts take the general path. */
const KEY_CODES: number[] = new Array<number>(128).fill(0);

/** The first n gathered codes as a string. */
function keyString(n: number): string {
  switch (n) {
    case 0:
      return "";
    case 1:
      return String.fromCharCode(KEY_CODES[0]);
    case 2:
      return String.fromCharCode(KEY_CODES[0], KEY_CODES[1]);
    case 3:
      return String.fromCharCode(KEY_CODES[0], KEY_CODES[1], KEY_CODES[2]);
    case 4:
      return String.fromCharCode(KEY_CODES[0], KEY_CODES[1], KEY_CODES[2], KEY_CODES[3]);
    default: {
      let out = String.fromCharCode(KEY_CODES[0], KEY_CODES[1], KEY_CODES[2], KEY_CODES[3]);
      for (let i = 4; i < n; i += 4) {
        const left = n - i;
        out +=
          left >= 4
            ? String.fromCharCode(KEY_CODES[i], KEY_CODES[i + 1], KEY_CODES[i + 2], KEY_CODES[i + 3])
            : left === 3
              ? String.fromCharCode(KEY_CODES[i], KEY_CODES[i + 1], KEY_CODES[i + 2])
              : left === 2
                ? String.fromCharCode(KEY_CODES[i], KEY_CODES[i + 1])
                : String.fromCharCode(KEY_CODES[i]);
      }
      return out;
    }
  }
}

/** textKey by Unicode decomposition, for text with characters outside the fast table (exported for its tests). */
export function slowTextKey(s: string): string {
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
