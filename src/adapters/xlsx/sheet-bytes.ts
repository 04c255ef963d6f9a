/** Byte-level helpers of the sheet reader: names, attribute values, numbers and references read in place. */

const utf8 = new TextDecoder("utf-8");

/** The UTF-8 text of `b[start, end)`. */
export function textOf(b: Uint8Array, start: number, end: number): string {
  return utf8.decode(b.subarray(start, end));
}

/** True when `b[start, end)` is exactly the ASCII `name`. */
export function nameIs(b: Uint8Array, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (b[start + i] !== name.charCodeAt(i)) return false;
  return true;
}

/** A non-negative integer written in `b[start, end)`, or -1 when it is not one (or has more than 15 digits). */
export function intOf(b: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = b[i] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * The number written in `b[start, end)`. Plain decimals ("-12.5") are read in place: integer ÷ power of ten, both
 * exact below 2^53, is the correctly rounded double, the same as Number(text). Anything else goes through Number.
 */
export function numberOf(b: Uint8Array, start: number, end: number): number {
  let i = start;
  const neg = b[i] === 45;
  if (neg) i++;
  let n = 0;
  let digits = 0;
  let scale = 1;
  let dot = false;
  for (; i < end; i++) {
    const c = b[i];
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      digits++;
      if (dot) scale *= 10;
    } else if (c === 46 && !dot) dot = true;
    else return Number(textOf(b, start, end));
  }
  if (digits === 0 || digits > 15) return Number(textOf(b, start, end));
  const v = n / scale;
  return neg ? -v : v;
}

/**
 * Parses a reference "AB12" in `b[start, end)` into 0-based row and column, written to `out[0]` and `out[1]` (no
 * array per cell); false when malformed.
 */
export function refOf(b: Uint8Array, start: number, end: number, out: Float64Array): boolean {
  let i = start;
  let col = 0;
  while (i < end && i - start < 4) {
    const c = b[i] | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    i++;
  }
  if (i === start || i === end) return false;
  let row = 0;
  for (; i < end; i++) {
    const d = b[i] - 48;
    if (d < 0 || d > 9 || row > 1e12) return false;
    row = row * 10 + d;
  }
  out[0] = row - 1;
  out[1] = col - 1;
  return true;
}

/** The A1 address of 0-based row and column (for messages). */
export function a1(row: number, col: number): string {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row + 1}`;
}
