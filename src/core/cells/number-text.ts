/**
 * How a lone separator followed by exactly three digits ("1.234", "1,234") is read: as thousands in a count, as
 * undecidable in a decimal, and as a decimal mark in a rate (a rate of 1 000 % or more is not plausible).
 */
export type NumberTextMode = "count" | "decimal" | "rate";

/** The outcome of reading number text: the value, or why it is not one. */
export type NumberTextRead = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly reason: "empty" | "not-a-number" | "ambiguous" };

const EMPTY: NumberTextRead = { ok: false, reason: "empty" };
const NAN: NumberTextRead = { ok: false, reason: "not-a-number" };
const AMBIGUOUS: NumberTextRead = { ok: false, reason: "ambiguous" };

const SPACE = 0;
const DOT = 1;
const COMMA = 2;

/** True for the blanks officers leave around and inside numbers: space, tab, line breaks, NBSP and thin spaces. */
export function isBlankCode(c: number): boolean {
  return c === 32 || c === 160 || c === 9 || c === 10 || c === 13 || c === 0x202f || c === 0x2009 || c === 0x2007 || c === 0x3000;
}

function digitsValue(s: string): number {
  if (s.length > 15) return Number(s);
  let v = 0;
  for (let i = 0; i < s.length; i++) v = v * 10 + (s.charCodeAt(i) - 48);
  return v;
}

function finish(neg: boolean, int: string, frac: string): NumberTextRead {
  const v = frac === "" ? digitsValue(int) : Number(`${int === "" ? "0" : int}.${frac}`);
  return { ok: true, value: neg && v !== 0 ? -v : v };
}

/** True when groups 1..last-1 hold exactly three digits and the first one to three (a valid thousands grouping). */
function grouped(groups: readonly string[], last: number): boolean {
  if (groups[0].length < 1 || groups[0].length > 3) return false;
  for (let i = 1; i < last; i++) if (groups[i].length !== 3) return false;
  return true;
}

/**
 * Reads a number typed as text, Vietnamese style ("1.234", "12,5", "1.234,5", "1 234") or English style
 * ("1,234.5"), with an optional sign; `start`/`end` bound the part of `s` to read.
 */
export function readNumberText(s: string, mode: NumberTextMode, start = 0, end = s.length): NumberTextRead {
  while (start < end && isBlankCode(s.charCodeAt(start))) start++;
  while (end > start && isBlankCode(s.charCodeAt(end - 1))) end--;
  if (start === end) return EMPTY;
  let neg = false;
  const first = s.charCodeAt(start);
  if (first === 43 || first === 45 || first === 0x2212) {
    neg = first !== 43;
    start++;
    if (start === end) return NAN;
  }
  // Fast path: plain digits.
  let i = start;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  if (i === end) return finish(neg, s.slice(start, end), "");
  return readGrouped(s, mode, neg, start, end);
}

function readGrouped(s: string, mode: NumberTextMode, neg: boolean, start: number, end: number): NumberTextRead {
  const groups: string[] = [];
  const seps: number[] = [];
  let groupStart = start;
  let i = start;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      i++;
      continue;
    }
    let kind: number;
    if (c === 46) kind = DOT;
    else if (c === 44) kind = COMMA;
    else if (isBlankCode(c)) kind = SPACE;
    else return NAN;
    groups.push(s.slice(groupStart, i));
    seps.push(kind);
    i++;
    if (kind === SPACE) while (i < end && isBlankCode(s.charCodeAt(i))) i++;
    groupStart = i;
  }
  groups.push(s.slice(groupStart, end));
  const n = seps.length;
  for (let g = 1; g <= n; g++) if (groups[g] === "") return NAN;
  if (groups[0] === "") {
    // ".5" / ",5": a fraction with no whole part.
    if (n !== 1 || seps[0] === SPACE) return NAN;
    return mode === "count" ? AMBIGUOUS : finish(neg, "", groups[1]);
  }
  let dots = 0;
  let commas = 0;
  let spaces = 0;
  for (let k = 0; k < n; k++) {
    if (seps[k] === DOT) dots++;
    else if (seps[k] === COMMA) commas++;
    else spaces++;
  }
  const last = seps[n - 1];
  if (dots > 0 && commas > 0) {
    // Two kinds of mark: the last one is the decimal mark, used once; the other groups thousands.
    if (spaces > 0 || (last === DOT ? dots : commas) !== 1 || !grouped(groups, n)) return NAN;
    return finish(neg, groups.slice(0, n).join(""), groups[n]);
  }
  if (dots === 0 && commas === 0) return grouped(groups, n + 1) ? finish(neg, groups.join(""), "") : NAN;
  if (spaces > 0) {
    // Spaces group thousands, so the one mark after them is the decimal mark ("1 234,5").
    if (last === SPACE || dots + commas !== 1 || !grouped(groups, n)) return NAN;
    return finish(neg, groups.slice(0, n).join(""), groups[n]);
  }
  if (n > 1) return grouped(groups, n + 1) ? finish(neg, groups.join(""), "") : NAN;
  return readOneMark(groups[0], groups[1], mode, neg);
}

function readOneMark(whole: string, after: string, mode: NumberTextMode, neg: boolean): NumberTextRead {
  const looksGrouped = after.length === 3 && whole.length <= 3 && whole.charCodeAt(0) !== 48;
  if (looksGrouped) {
    if (mode === "count") return finish(neg, whole + after, "");
    if (mode === "decimal") return AMBIGUOUS;
    return finish(neg, whole, after);
  }
  return mode === "count" ? AMBIGUOUS : finish(neg, whole, after);
}
