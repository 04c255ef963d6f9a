import { fixLegacyText, textKey } from "../cells";

/** The keys a header or name is matched by: without diacritics (đ → d), and the same keeping đ for abbreviations. */
export interface TextKeys {
  /** Lower case, no diacritics, đ → d, punctuation as spaces, single spaces ("gia dinh hoc tap"). */
  readonly plain: string;
  /** The same but keeping đ, so "CĐHT" (cộng đồng) and "CDHT" (công dân) stay apart. */
  readonly withD: string;
  /** The text read as Unicode, converted from TCVN3 or VNI when it was written in a legacy encoding. */
  readonly text: string;
  readonly legacy: "tcvn3" | "vni" | null;
}

const MARKS = /[\u0300-\u036f]/g;
const NON_WORD = /[^\p{L}\p{N}%]+/gu;

/** Lower case without diacritics but keeping đ, punctuation turned into single spaces. */
export function keyKeepingD(s: string): string {
  return s.normalize("NFD").replace(MARKS, "").toLowerCase().replace(NON_WORD, " ").trim();
}

/** Computes the matching keys of a header or name, reading legacy-encoded text as Unicode first. */
export function textKeys(raw: string): TextKeys {
  const legacyFix = fixLegacyText(raw);
  const text = legacyFix ? legacyFix.text : raw;
  return {
    plain: textKey(text).replace(NON_WORD, " ").replace(/\s+/g, " ").trim(),
    withD: keyKeepingD(text),
    text,
    legacy: legacyFix ? legacyFix.encoding : null,
  };
}

/** A compiled pattern list: true when any pattern finds a match in the key (answers are remembered per key). */
export function compilePatterns(patterns: readonly string[]): (key: string) => boolean {
  const res = patterns.map((p) => new RegExp(p));
  const memo = new Map<string, boolean>();
  return (key) => {
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const found = res.some((r) => r.test(key));
    if (memo.size > 20000) memo.clear();
    memo.set(key, found);
    return found;
  };
}
