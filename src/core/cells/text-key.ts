import { fixLegacyText } from "./legacy-encoding";

const MARKS = /[\u0300-\u036f]/g;
/** Anything but a letter, a digit or "%" (kept so a header "%" or "Tỷ lệ (%)" still says percent). */
const NOT_WORD = /[^\p{L}\p{N}%]+/gu;
const D_STROKE = /[đðĐÐ]/g;
const ASCII_KEYED = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/**
 * The matching key of a name or header (khóa so khớp): no diacritics (so "hoà"/"hòa" and "thuý"/"thúy" agree),
 * đ → d, lower case, punctuation and blanks as single spaces, trimmed — "Xã  Lâm\nGiang" gives "xa lam giang".
 */
export function textKey(s: string): string {
  if (ASCII_KEYED.test(s)) return s;
  return s.normalize("NFD").replace(MARKS, "").replace(D_STROKE, "d").toLowerCase().replace(NOT_WORD, " ").trim();
}

/** The matching key of a header, read as Unicode first when it was typed in TCVN3 or VNI ("Tæng sè" → "tong so"). */
export function keyOfHeader(s: string): string {
  const legacy = fixLegacyText(s);
  return textKey(legacy ? legacy.text : s);
}
