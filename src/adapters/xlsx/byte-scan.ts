import { MAX_DEPTH, MAX_TOKEN_CHARS } from "./xml-stream";
import { XmlRefused } from "./xml-text";

/**
 * What the byte scanner reports: positions in the current buffer, never copied strings, so a sheet of millions of
 * cells is read without making a string per tag. Positions are valid only during the call; `b` is never changed.
 */
export interface ByteXmlHandler {
  /** A start (or empty) tag from `lt` (`<`) to `gt` (`>`); its local name is `b[nameStart, nameEnd)`. */
  open(b: Uint8Array, lt: number, gt: number, nameStart: number, nameEnd: number): void;
  close(b: Uint8Array, nameStart: number, nameEnd: number): void;
  /** Raw text `b[start, end)`; CDATA text is passed with `cdata` set (not entity-encoded). Only while `wantText`. */
  text(b: Uint8Array, start: number, end: number, cdata: boolean): void;
  readonly wantText: boolean;
}

const LT = 60;
const GT = 62;
const SLASH = 47;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Slots of `ByteXmlStream.spans`: start and end of the raw values of attributes r, s, t and hidden (-1: absent). */
export const R = 0;
export const S = 2;
export const T = 4;
export const HIDDEN = 6;

/**
 * The `>` closing the tag at `lt` (quoted values skipped), -1 when it is not in the buffer yet. On the way it notes
 * where the values of the attributes sheet cells and rows carry (r, s, t, hidden) are, so they need no second pass.
 */
function tagEnd(b: Uint8Array, lt: number, n: number, spans: Int32Array): number {
  spans.fill(-1);
  for (let i = lt + 1; i < n; i++) {
    const c = b[i];
    if (c === GT) return i;
    if (c !== 34 && c !== 39) continue;
    // A value: the attribute's name ends just before `=` (white space around it is rare but allowed).
    let e = i - 1;
    while (e > lt && b[e] !== 61) e--;
    e--;
    while (e > lt && isSpace(b[e])) e--;
    let ns = e;
    while (ns > lt && !isSpace(b[ns - 1])) ns--;
    const len = e - ns + 1;
    const slot = len === 1 ? (b[ns] === 114 ? R : b[ns] === 115 ? S : b[ns] === 116 ? T : -1) : len === 6 && b[ns] === 104 && b[ns + 5] === 110 ? HIDDEN : -1;
    let j = i + 1;
    while (j < n && b[j] !== c) j++;
    if (j === n) return -1;
    if (slot >= 0) {
      spans[slot] = i + 1;
      spans[slot + 1] = j;
    }
    i = j;
  }
  return -1;
}

/** Index of the ASCII `needle` in b from `from`, or -1. */
function find(b: Uint8Array, needle: string, from: number): number {
  const first = needle.charCodeAt(0);
  for (let i = b.indexOf(first, from); i >= 0; i = b.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && b[i + k] === needle.charCodeAt(k)) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

/**
 * A streaming XML scanner over UTF-8 bytes, made for SpreadsheetML sheets: push inflated chunks split anywhere; each
 * complete token is reported by position and an unfinished one is carried to the next chunk. Text outside wanted
 * elements is skipped without being decoded. DTDs are refused; nesting and token length are capped as bytes arrive.
 */
export class ByteXmlStream {
  private carry: Uint8Array | null = null;
  private depth = 0;
  /** Attribute value spans of the last start tag reported (see R, S, T, HIDDEN). */
  readonly spans = new Int32Array(8);

  constructor(private readonly h: ByteXmlHandler) {}

  push(chunk: Uint8Array): void {
    let from = 0;
    const carry = this.carry;
    if (carry) {
      // Finish the token cut at the end of the last chunk on a small join (not a copy of the whole chunk): it needs at
      // most the bytes up to the chunk's first `>` or `<`, whichever closes it.
      let k = 0;
      while (k < chunk.length && chunk[k] !== GT && chunk[k] !== LT) k++;
      const head = Math.min(chunk.length, k + 1);
      const join = new Uint8Array(carry.length + head);
      join.set(carry);
      join.set(chunk.subarray(0, head), carry.length);
      const used = this.scan(join, 0);
      if (used < carry.length) {
        // Still unfinished (a long token): keep it all and go on.
        const all = new Uint8Array(carry.length + chunk.length);
        all.set(carry);
        all.set(chunk, carry.length);
        this.keep(all, this.scan(all, used));
        return;
      }
      from = used - carry.length;
    }
    this.keep(chunk, this.scan(chunk, from));
  }

  private keep(b: Uint8Array, used: number): void {
    this.carry = used >= b.length ? null : b.slice(used);
    if (this.carry && this.carry.length > MAX_TOKEN_CHARS) this.tooLong();
  }

  end(): void {
    if (this.carry && this.carry.some((c) => c === LT)) throw new XmlRefused("corrupt", "xml-broken", "document ends inside a tag");
    this.carry = null;
  }

  private tooLong(): never {
    throw new XmlRefused("unsafe", "token-too-long", `token over ${MAX_TOKEN_CHARS} bytes`, String(MAX_TOKEN_CHARS));
  }

  /** Reports the complete tokens of `b` from `i`; returns where the first unfinished one starts. */
  private scan(b: Uint8Array, start: number): number {
    const h = this.h;
    let i = start;
    const n = b.length;
    for (;;) {
      // A plain loop: tokens are short, and a builtin indexOf call per token costs more than the bytes it skips.
      let lt = i;
      while (lt < n && b[lt] !== LT) lt++;
      if (lt === n) return h.wantText ? i : n;
      if (lt - i > MAX_TOKEN_CHARS) this.tooLong();
      if (lt > i && h.wantText) h.text(b, i, lt, false);
      if (lt + 1 >= b.length) return lt;
      const c = b[lt + 1];
      if (c === SLASH) {
        let gt = lt + 2;
        while (gt < n && b[gt] !== GT) gt++;
        if (gt === n) return lt;
        let start = lt + 2;
        let end = start;
        while (end < gt && !isSpace(b[end])) {
          if (b[end] === 58) start = end + 1;
          end++;
        }
        this.depth--;
        h.close(b, start, end);
        i = gt + 1;
      } else if (c === 63 || c === 33) {
        const next = this.special(b, lt);
        if (next < 0) return lt;
        i = next;
      } else {
        const gt = tagEnd(b, lt, n, this.spans);
        if (gt < 0) return lt;
        if (gt - lt > MAX_TOKEN_CHARS) this.tooLong();
        let start = lt + 1;
        let end = start;
        while (end < gt && !isSpace(b[end]) && b[end] !== SLASH) {
          if (b[end] === 58) start = end + 1;
          end++;
        }
        const selfClosing = b[gt - 1] === SLASH;
        if (!selfClosing && ++this.depth > MAX_DEPTH) throw new XmlRefused("unsafe", "too-deep", `nesting over ${MAX_DEPTH}`, String(MAX_DEPTH));
        h.open(b, lt, gt, start, end);
        if (selfClosing) h.close(b, start, end);
        i = gt + 1;
      }
    }
  }

  /** Processing instructions and comments are skipped, CDATA passed on as text, a DTD refused; -1 when unfinished. */
  private special(b: Uint8Array, lt: number): number {
    if (b[lt + 1] === 63) {
      const end = find(b, "?>", lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    if (b[lt + 2] === 45 && b[lt + 3] === 45) {
      const end = find(b, "-->", lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (b[lt + 2] === 91) {
      if (b.length - lt < 9) return -1;
      const end = find(b, "]]>", lt + 9);
      if (end < 0) return -1;
      if (this.h.wantText) this.h.text(b, lt + 9, end, true);
      return end + 3;
    }
    if (b.length - lt < 9) return -1;
    throw new XmlRefused("unsafe", "dtd", "DTD or declaration inside a part");
  }
}
