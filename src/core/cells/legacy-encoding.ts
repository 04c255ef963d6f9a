import { TCVN3_PAIRS } from "./tcvn3-table";
import { isVietnameseSyllable } from "./vietnamese-syllable";
import { VNI_MARKS, VNI_SINGLES } from "./vni-table";

/** The pre-Unicode Vietnamese encodings older workbooks carry (bảng mã cũ): TCVN3 (ABC, .VnTime) and VNI Windows. */
export type LegacyEncoding = "tcvn3" | "vni";

const TCVN3_DECODE: readonly (string | undefined)[] = (() => {
  const t: (string | undefined)[] = new Array<string | undefined>(256).fill(undefined);
  for (const [code, letter] of TCVN3_PAIRS) t[code] = letter;
  return t;
})();

const TCVN3_ENCODE: ReadonlyMap<string, string> = new Map(TCVN3_PAIRS.map(([code, letter]) => [letter, String.fromCharCode(code)]));

const VNI_ENCODE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const codeOf = new Map(Object.entries(VNI_SINGLES).map(([code, letter]) => [letter, code]));
  for (const [code, letter] of Object.entries(VNI_SINGLES)) {
    m.set(letter, code);
    m.set(letter.toUpperCase(), code.toUpperCase());
  }
  for (const [base, marks] of Object.entries(VNI_MARKS)) {
    const b = codeOf.get(base) ?? base;
    for (const [mark, letter] of Object.entries(marks)) {
      if (m.has(letter)) continue;
      m.set(letter, b + mark);
      m.set(letter.toUpperCase(), b.toUpperCase() + mark.toUpperCase());
    }
  }
  return m;
})();

function decodeTcvn3(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) out += TCVN3_DECODE[s.charCodeAt(i)] ?? s[i];
  return restoreCapitals(s, out);
}

function isTcvn3Lower(c: number): boolean {
  return c >= 0xa8 && TCVN3_DECODE[c] !== undefined;
}

/**
 * Gives back the capitals a .VnTimeH heading lost: VN3 has no toned capitals, so "TæNG Sè" reads "TổNG Số"; a word
 * is written in capitals when its ASCII letters are all capitals and either two or more, or one follows a VN3 code;
 * when no word has a small ASCII letter, one such word makes the whole text capitals.
 */
function restoreCapitals(src: string, out: string): string {
  const words: [start: number, end: number, shouting: boolean][] = [];
  let lowerSeen = false;
  let anyShouting = false;
  for (let i = 0; i < src.length; ) {
    let upper = 0;
    let lower = 0;
    let afterCode = false;
    let codeSeen = false;
    const start = i;
    for (; i < src.length; i++) {
      const c = src.charCodeAt(i);
      if (c >= 65 && c <= 90) {
        upper++;
        if (codeSeen) afterCode = true;
      } else if (c >= 97 && c <= 122) lower++;
      else if (isTcvn3Lower(c)) codeSeen = true;
      else if (!(c >= 0xa1 && c <= 0xa7)) break;
    }
    const shouting = lower === 0 && codeSeen && (upper >= 2 || afterCode);
    if (i > start) words.push([start, i, shouting]);
    lowerSeen ||= lower > 0;
    anyShouting ||= shouting;
    if (i === start) i++;
  }
  if (!anyShouting) return out;
  if (!lowerSeen) return out.toUpperCase();
  let result = "";
  let last = 0;
  for (const [start, end, shouting] of words) {
    if (!shouting) continue;
    result += out.slice(last, start) + out.slice(start, end).toUpperCase();
    last = end;
  }
  return result + out.slice(last);
}

function decodeVni(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const lower = ch.toLowerCase();
    const upper = ch !== lower;
    const single = VNI_SINGLES[lower];
    const base = single ?? lower;
    const marks = VNI_MARKS[base];
    let letter = single ?? ch;
    if (marks && i + 1 < s.length) {
      const combined = marks[s[i + 1].toLowerCase()];
      if (combined !== undefined) {
        letter = combined;
        i++;
      }
    }
    out += upper && letter !== ch ? letter.toUpperCase() : letter;
  }
  return out;
}

/** Converts text typed in TCVN3 or VNI (read as Latin-1 characters) to Unicode NFC: "X· L©m Giang" → "Xã Lâm Giang". */
export function convertLegacy(s: string, enc: LegacyEncoding): string {
  return (enc === "tcvn3" ? decodeTcvn3(s) : decodeVni(s)).normalize("NFC");
}

/** Writes Unicode text in TCVN3 or VNI as Latin-1 characters (for fixtures); TCVN3 drops the case of toned capitals. */
export function encodeLegacy(s: string, enc: LegacyEncoding): string {
  let out = "";
  for (const ch of s.normalize("NFC")) {
    if (enc === "vni") out += VNI_ENCODE.get(ch) ?? ch;
    else out += TCVN3_ENCODE.get(ch) ?? TCVN3_ENCODE.get(ch.toLowerCase()) ?? ch;
  }
  return out;
}

/** True for characters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, ạ–ỹ, combining tone marks): not legacy text. */
function isUnicodeVietnamese(c: number): boolean {
  return (c >= 0x0300 && c <= 0x0323) || isUnicodeOnlyVietnameseLetter(c);
}

/** True for the codes of letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, ạ–ỹ): text holding one is never TCVN3 or VNI. */
export function isUnicodeOnlyVietnameseLetter(c: number): boolean {
  return (
    (c >= 0x1ea0 && c <= 0x1ef9) || c === 0x102 || c === 0x103 || c === 0x110 || c === 0x111 ||
    c === 0x128 || c === 0x129 || c === 0x168 || c === 0x169 || c === 0x1a0 || c === 0x1a1 || c === 0x1af || c === 0x1b0
  );
}

/**
 * The answers of isVietnameseSyllable on the words of names, remembered: names repeat the same few hundred syllables.
 * Looked up by the word's place in its text (hash and compare in place), so no word is cut out to ask: an open-addressing
 * table of at most 4,096 words, emptied when full.
 */
const MEMO_SLOTS = 8192;
const memoWords: (string | undefined)[] = new Array<string | undefined>(MEMO_SLOTS).fill(undefined);
const memoAnswers = new Uint8Array(MEMO_SLOTS);
let memoSize = 0;

function sameWord(word: string, s: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== s.charCodeAt(start + i)) return false;
  return true;
}

/** isVietnameseSyllable on s[start, end) in any normal form, remembered. */
function syllable(s: string, start: number, end: number): boolean {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  for (let slot = h & (MEMO_SLOTS - 1); ; slot = (slot + 1) & (MEMO_SLOTS - 1)) {
    const word = memoWords[slot];
    if (word === undefined) break;
    if (sameWord(word, s, start, end)) return memoAnswers[slot] === 1;
  }
  const word = s.slice(start, end);
  const ok = isVietnameseSyllable(word.normalize("NFC"));
  if (memoSize >= MEMO_SLOTS / 2) {
    memoWords.fill(undefined);
    memoSize = 0;
  }
  let slot = h & (MEMO_SLOTS - 1);
  while (memoWords[slot] !== undefined) slot = (slot + 1) & (MEMO_SLOTS - 1);
  memoWords[slot] = word;
  memoAnswers[slot] = ok ? 1 : 0;
  memoSize += 1;
  return ok;
}

/** True for a character that belongs inside a word here: an ASCII letter or any non-blank Latin-1 or later letter. */
function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c !== 0xa0 && !(c >= 0x2000 && c <= 0x206f) && c !== 0x3000 && c !== 0xfeff;
}

/** True when every word holding a non-ASCII character is a well-formed Vietnamese syllable. */
function readsAsVietnamese(s: string): boolean {
  for (let i = 0; i < s.length; ) {
    const start = i;
    let nonAscii = false;
    while (i < s.length && isWordCode(s.charCodeAt(i))) {
      if (s.charCodeAt(i) >= 0x80) nonAscii = true;
      i++;
    }
    if (nonAscii && !syllable(s, start, i)) return false;
    if (i === start) i++;
  }
  return true;
}

/**
 * Tells whether text was typed in TCVN3 or VNI: it must carry Latin-1 characters, no Unicode-only Vietnamese, must
 * not already read as Vietnamese, and must convert to well-formed Vietnamese syllables; otherwise null.
 */
export function detectLegacyEncoding(s: string): LegacyEncoding | null {
  let latin1 = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xa1) continue;
    if (c <= 0xff) latin1 = true;
    else if (isUnicodeVietnamese(c)) return null;
  }
  if (!latin1 || readsAsVietnamese(s)) return null;
  for (const enc of ["tcvn3", "vni"] as const) {
    const text = convertLegacy(s, enc);
    if (text !== s && readsAsVietnamese(text)) return enc;
  }
  return null;
}

/** Detects and converts legacy-encoded text in one step: the encoding and the Unicode NFC text, or null. */
export function fixLegacyText(s: string): { encoding: LegacyEncoding; text: string } | null {
  const encoding = detectLegacyEncoding(s);
  return encoding === null ? null : { encoding, text: convertLegacy(s, encoding) };
}
