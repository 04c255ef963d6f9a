import { textKey } from "./text-key";

/** Comparison keys of a unit name: its type (plain, or null when none was written) and three keys of the rest. */
export interface NameKeys {
  /** Plain key of the unit type ("xa", "phuong", "thi tran", "huyen", "thi xa", "thanh pho", "tinh"), or null. */
  readonly type: string | null;
  /** Lowercase with diacritics, tone marks moved to the syllable end, so "Hoà" and "Hòa" agree but "Quán" ≠ "Quân". */
  readonly accent: string;
  /** No diacritics ("mu cang chai" for both Mù Cang Chải and Mù Căng Chải). */
  readonly plain: string;
  /** Plain, syllable-initial x → s and final y → i, spaces dropped ("Tà Xi Láng" = "Tà Si Láng", "NT" = "N.T"). */
  readonly loose: string;
}

/** The readings of a written name: with its leading type word taken as the type, and the whole text as a bare name. */
export interface NameParse {
  readonly prefixed: NameKeys | null;
  readonly whole: NameKeys;
}

const TWO_WORD_TYPES = new Set(["thanh pho", "thi tran", "thi xa"]);
const ONE_WORD_TYPES: ReadonlyMap<string, string> = new Map([
  ["xa", "xa"],
  ["phuong", "phuong"],
  ["huyen", "huyen"],
  ["tinh", "tinh"],
  ["tp", "thanh pho"],
  ["tt", "thi tran"],
  ["ttr", "thi tran"],
  ["tx", "thi xa"],
  ["p", "phuong"],
  ["h", "huyen"],
]);
const PUNCTUATION = new Set([..."\t\n\r\f\v .,;:()[]-_/\\'\"‘’“”\u00a0"].map((c) => c.charCodeAt(0)));

/** One word in two spellings: `accent` with tone marks moved to its end, `plain` without any mark. */
interface Word {
  readonly accent: string;
  readonly plain: string;
}

function isTone(c: number): boolean {
  return c === 0x300 || c === 0x301 || c === 0x303 || c === 0x309 || c === 0x323;
}

// One pass over the NFD text, without regular expressions: names are matched by the ten thousand, so this is the hot path.
function words(input: string): Word[] {
  const nfd = input.normalize("NFD");
  const out: Word[] = [];
  let base = "";
  let tones = "";
  let plain = "";
  const flush = (): void => {
    if (base !== "") out.push({ accent: base + tones, plain });
    base = tones = plain = "";
  };
  for (let i = 0; i < nfd.length; i++) {
    const c = nfd.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) {
      if (isTone(c)) tones += nfd[i];
      else base += nfd[i];
    } else if (PUNCTUATION.has(c)) {
      flush();
    } else {
      const ch = c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : c < 128 ? nfd[i] : c === 0x110 ? "đ" : nfd[i].toLowerCase();
      base += ch;
      plain += ch === "đ" ? "d" : ch;
    }
  }
  flush();
  return out;
}

function looseSyllable(plain: string): string {
  let s = plain.charCodeAt(0) === 0x78 ? `s${plain.slice(1)}` : plain;
  if (s.length > 1 && s.charCodeAt(s.length - 1) === 0x79) s = `${s.slice(0, -1)}i`;
  return s;
}

function keysOf(ws: readonly Word[], type: string | null): NameKeys {
  let accent = "";
  let plain = "";
  let loose = "";
  for (let i = 0; i < ws.length; i++) {
    const sep = i === 0 ? "" : " ";
    accent += sep + ws[i].accent;
    plain += sep + ws[i].plain;
    loose += looseSyllable(ws[i].plain);
  }
  return { type, accent, plain, loose };
}

/** Reads a written unit name both as "type + name" (when it starts with a type word or abbreviation) and as a bare name. */
export function parseUnitName(input: string): NameParse {
  const ws = words(input);
  const whole = keysOf(ws, null);
  if (ws.length < 2) return { prefixed: null, whole };
  const first = ws[0].plain;
  const two = ws.length > 2 ? `${first} ${ws[1].plain}` : "";
  if (TWO_WORD_TYPES.has(two)) return { prefixed: keysOf(ws.slice(2), two), whole };
  const one = ONE_WORD_TYPES.get(first);
  if (one !== undefined) return { prefixed: keysOf(ws.slice(1), one), whole };
  return { prefixed: null, whole };
}

/** The keys of an official unit name, whose type is always written first. */
export function officialKeys(name: string, type: string): NameKeys {
  return parseUnitName(name).prefixed ?? keysOf(words(name), textKey(type));
}

/** The official spelling of a name typed with the same characters but other Unicode form or surrounding spaces. */
export function sameSpelling(input: string, name: string): boolean {
  return input.normalize("NFC").trim() === name;
}
