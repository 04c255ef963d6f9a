import { XmlRefused } from "./xml-text";

/**
 * What a streaming XML scan reports (a SAX-like handler made for SpreadsheetML): start tags with their raw text,
 * end tags, and text only while `wantText` is true, so the bulk of a sheet is never copied out.
 */
export interface XmlHandler {
  /** `local` is the element name without its namespace prefix; `tag` the whole start tag (`<c r="A1" t="s">`). */
  open(local: string, tag: string, selfClosing: boolean): void;
  close(local: string): void;
  /** Raw (still entity-encoded) text between tags; called only while `wantText` is true. */
  text(raw: string): void;
  readonly wantText: boolean;
}

/** Deepest element nesting accepted; SpreadsheetML needs fewer than ten levels. */
export const MAX_DEPTH = 64;
/** Longest single token (a tag or one text run) held while waiting for its end. */
export const MAX_TOKEN_CHARS = 4 * 1024 * 1024;

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The index of the `>` closing the start tag at `lt`, skipping quoted attribute values; -1 when not in `s` yet. */
function tagEnd(s: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 62) return i;
    else if (c === 34 || c === 39) quote = c;
  }
  return -1;
}

/**
 * A streaming scanner over decoded XML text: feed it pieces of any size and it reports each complete token, keeping
 * an unfinished one for the next piece. It never expands entities (text is passed raw), refuses DTDs, nesting deeper
 * than MAX_DEPTH and a token longer than MAX_TOKEN_CHARS while the text streams in.
 */
export class XmlStream {
  private pending = "";
  private depth = 0;
  private readonly decoder = new TextDecoder("utf-8");

  constructor(private readonly h: XmlHandler) {}

  /** Feeds inflated bytes (UTF-8, split anywhere). */
  push(chunk: Uint8Array): void {
    this.pushText(this.decoder.decode(chunk, { stream: true }));
  }

  /** Feeds decoded text. */
  pushText(text: string): void {
    const s = this.pending.length > 0 ? this.pending + text : text;
    const used = this.scan(s);
    this.pending = used === s.length ? "" : s.slice(used);
    if (this.pending.length > MAX_TOKEN_CHARS) this.tooLong();
  }

  private tooLong(): never {
    throw new XmlRefused("unsafe", "token-too-long", `token over ${MAX_TOKEN_CHARS} characters`, String(MAX_TOKEN_CHARS));
  }

  /** Ends the document: what is left must be white space or trailing text. */
  end(): void {
    this.pushText(this.decoder.decode());
    if (this.pending.trim().length > 0 && this.pending.trimStart().startsWith("<")) throw new XmlRefused("corrupt", "xml-broken", "document ends inside a tag");
    this.pending = "";
  }

  /** Reports every complete token of `s`; returns how far it got (the start of an unfinished token). */
  private scan(s: string): number {
    const h = this.h;
    let i = 0;
    for (;;) {
      const lt = s.indexOf("<", i);
      if (lt < 0) return i; // text that may continue in the next piece
      if (lt - i > MAX_TOKEN_CHARS) this.tooLong();
      if (lt > i && h.wantText) h.text(s.slice(i, lt));
      const c = s.charCodeAt(lt + 1);
      if (Number.isNaN(c)) return lt;
      if (c === 47) {
        // </name>
        const gt = s.indexOf(">", lt);
        if (gt < 0) return lt;
        this.depth--;
        h.close(localName(s.slice(lt + 2, gt).trim()));
        i = gt + 1;
      } else if (c === 63) {
        const gt = s.indexOf("?>", lt);
        if (gt < 0) return lt;
        i = gt + 2;
      } else if (c === 33) {
        const next = this.special(s, lt);
        if (next < 0) return lt;
        i = next;
      } else {
        const gt = tagEnd(s, lt);
        if (gt < 0) return lt;
        if (gt - lt > MAX_TOKEN_CHARS) this.tooLong();
        const tag = s.slice(lt, gt + 1);
        let n = 1;
        while (n < tag.length) {
          const k = tag.charCodeAt(n);
          if (k === 32 || k === 62 || k === 47 || k === 9 || k === 10 || k === 13) break;
          n++;
        }
        const local = localName(tag.slice(1, n));
        const selfClosing = tag.charCodeAt(tag.length - 2) === 47;
        if (!selfClosing && ++this.depth > MAX_DEPTH) throw new XmlRefused("unsafe", "too-deep", `nesting over ${MAX_DEPTH}`, String(MAX_DEPTH));
        h.open(local, tag, selfClosing);
        if (selfClosing) h.close(local);
        i = gt + 1;
      }
    }
  }

  /** Comments and CDATA (text, passed on) are skipped to their end; a DTD is refused. -1 when the end is not in `s`. */
  private special(s: string, lt: number): number {
    if (s.startsWith("<!--", lt)) {
      const end = s.indexOf("-->", lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (s.startsWith("<![CDATA[", lt)) {
      const end = s.indexOf("]]>", lt + 9);
      if (end < 0) return -1;
      if (this.h.wantText) this.h.text(s.slice(lt + 9, end).replace(/&/g, "&amp;"));
      return end + 3;
    }
    if (s.length - lt < 9) return -1;
    throw new XmlRefused("unsafe", "dtd", "DTD or declaration inside a part");
  }
}
