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

/** The `>` closing the tag at `lt`, skipping quoted attribute values; -1 when it is not in the buffer yet. */
function tagEnd(b: Uint8Array, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < b.length; i++) {
    const c = b[i];
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === GT) return i;
    else if (c === 34 || c === 39) quote = c;
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

  constructor(private readonly h: ByteXmlHandler) {}

  push(chunk: Uint8Array): void {
    let b = chunk;
    if (this.carry) {
      b = new Uint8Array(this.carry.length + chunk.length);
      b.set(this.carry);
      b.set(chunk, this.carry.length);
    }
    const used = this.scan(b);
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

  private scan(b: Uint8Array): number {
    const h = this.h;
    let i = 0;
    for (;;) {
      const lt = b.indexOf(LT, i);
      if (lt < 0) return h.wantText ? i : b.length;
      if (lt - i > MAX_TOKEN_CHARS) this.tooLong();
      if (lt > i && h.wantText) h.text(b, i, lt, false);
      if (lt + 1 >= b.length) return lt;
      const c = b[lt + 1];
      if (c === SLASH) {
        const gt = b.indexOf(GT, lt);
        if (gt < 0) return lt;
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
        const gt = tagEnd(b, lt);
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
