/*
 * The small XML text helpers the reader needs (văn bản XML): attributes of one start tag and the five predefined
 * entities plus character references. No DTD is processed and no other entity is ever expanded: an unknown `&name;`
 * is an error the caller reports as a damaged file.
 */

import type { XlsxProblemKind } from "./xlsx-error";

/** Thrown for content the reader refuses; the reader turns it into an XlsxError naming the sheet or part. */
export class XmlRefused extends Error {
  constructor(
    readonly why: "corrupt" | "unsafe",
    readonly kind: XlsxProblemKind,
    detail: string,
    readonly value?: string,
    readonly cell?: string,
  ) {
    super(detail);
  }
}

const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes the predefined entities and `&#N;`/`&#xH;` references; any other entity is refused. */
export function decodeXml(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&([^;&\s]{0,12});/g, (all, name: string) => {
    const named = NAMED[name];
    if (named !== undefined) return named;
    const code = name.startsWith("#x") || name.startsWith("#X") ? parseInt(name.slice(2), 16) : name.startsWith("#") ? parseInt(name.slice(1), 10) : NaN;
    if (Number.isInteger(code) && code >= 0 && code <= 0x10ffff) return String.fromCodePoint(code);
    throw new XmlRefused("unsafe", "entity", `entity ${all} is not allowed`, all);
  });
}

/** Excel's `_xHHHH_` escape for characters XML cannot hold (e.g. `_x000D_` for a carriage return). */
export function decodeExcelEscapes(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const ATTR = /\s([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag's text (`<c r="A1" t="s">`) by qualified name, decoded, read left to right. */
export function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(tag); m; m = ATTR.exec(tag)) out[m[1]] = decodeXml(m[2] ?? m[3] ?? "");
  return out;
}

/** Refuses a document type declaration (and with it any entity declaration) anywhere in a part. */
export function refuseDtd(text: string, part: string): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new XmlRefused("unsafe", "dtd", `${part}: DTD or entity declaration`);
}

/** Every start (or empty) tag named `local` in `text` (any namespace prefix), as the tag's text. */
export function tagsNamed(text: string, local: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}(?=[\\s/>])[^>]*>`, "g");
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[0]);
  return out;
}
