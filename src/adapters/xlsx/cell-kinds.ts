import type { CellValue } from "../../core/grid/grid";
import { checkedText, type SheetStrings } from "./shared-parts";
import { XmlRefused, decodeXml } from "./xml-text";

/** Cell types (`t` of `<c>`), as small numbers so a cell's type is never a string. */
export const KIND = { number: 0, shared: 1, str: 2, inline: 3, bool: 4, error: 5, date: 6 } as const;
export type Kind = (typeof KIND)[keyof typeof KIND];

/** The kind of a cell from its `t` attribute's bytes (absent: a number); unknown types read as text. */
export function kindOf(b: Uint8Array, start: number, end: number): Kind {
  if (start < 0) return KIND.number;
  const len = end - start;
  const c = b[start];
  if (len === 1) return c === 115 ? KIND.shared : c === 98 ? KIND.bool : c === 101 ? KIND.error : c === 100 ? KIND.date : c === 110 ? KIND.number : KIND.str;
  return len === 9 && c === 105 ? KIND.inline : KIND.str;
}

const MS_PER_DAY = 86_400_000;

/**
 * A cell's value from its `<v>` text (null when it had none) and inline-string text, by kind: the slow path of the
 * sheet reader (its fast path reads numbers and shared-string indexes from the bytes). A shared-string index the
 * table does not hold is refused as a damaged file.
 */
export function valueOfText(kind: Kind, raw: string | null, isText: string, ctx: { readonly strings: SheetStrings; readonly date1904: boolean }, ref: () => string): CellValue {
  switch (kind) {
    case KIND.number: {
      if (raw === null || raw.trim() === "") return null;
      const n = Number(raw);
      return Number.isFinite(n) ? n : { error: "#NUM!" };
    }
    case KIND.shared: {
      if (raw === null) return null;
      const idx = Number(raw);
      const strings = ctx.strings;
      if (!strings || !Number.isInteger(idx) || idx < 0 || idx >= strings.length) throw new XmlRefused("corrupt", "shared-string-missing", `shared string ${raw}`, raw.trim(), ref());
      return strings[idx] || null;
    }
    case KIND.inline:
      return isText || (raw === null ? null : checkedText(raw, ref()) || null);
    case KIND.bool:
      return raw === null ? null : raw.trim() === "1" || raw.trim() === "true";
    case KIND.error:
      return raw === null || raw === "" ? null : { error: decodeXml(raw) };
    case KIND.date: {
      const t = raw === null ? NaN : Date.parse(raw.endsWith("Z") || /[+-]\d\d:\d\d$/.test(raw) ? raw : `${raw}Z`);
      if (!Number.isFinite(t)) return null;
      return Math.round((t / MS_PER_DAY + (ctx.date1904 ? 24107 : 25569)) * 1e9) / 1e9;
    }
    default:
      return raw === null ? null : checkedText(raw, ref()) || null;
  }
}
