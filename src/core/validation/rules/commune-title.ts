import { textKey } from "../../cells";
import type { Grid } from "../../grid/grid";

/** A value read from a title line, with its 0-based sheet cell. */
export interface TitleValue<T> {
  readonly value: T;
  readonly row: number;
  readonly col: number;
}

/** What the title lines of a commune's self-assessment table say (tên xã, mức độ đề nghị, năm công nhận Mức độ 1). */
export interface CommuneTitle {
  readonly commune: TitleValue<string> | null;
  /** The level sought, 1 or 2, when one line names exactly one level. */
  readonly sought: TitleValue<1 | 2> | null;
  /** The year Level 1 was recognised, when a line says so. */
  readonly level1Year: TitleValue<number> | null;
}

const LABELLED = /^(?:tên\s+)?(?:đơn vị|xã|phường|thị trấn|xã, phường)\s*:\s*(.+)$/iu;
const PEOPLES_COMMITTEE = /^(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+((?:xã|phường|thị trấn)\s+.+)$/iu;
/** A line that is only the commune's name ("XÃ BẢO ÁI" under "ỦY BAN NHÂN DÂN"), never "Xã hội …". */
const BARE = /^((?:xã|phường|thị trấn)\s+(?!hội\b)[^\d:;,()]{2,40})$/iu;
const RECOGNISED = /(?:duoc|da) cong nhan muc do 1\b/;
const YEAR = /\b((?:19|20)\d\d)\b/;
/** The year of a recognition line: a date's ("ngày 20/3/2024"), one after "năm", else a year that is no document number. */
const RECOGNITION_YEAR = [/\bngay \d{1,2} \d{1,2} ((?:19|20)\d\d)\b/, /\bnam ((?:19|20)\d\d)\b/, /\b((?:19|20)\d\d)\b(?! (?:qd|nq|kh|tb|ubnd|bgddt|tt|hd)\b)/];

function recognitionYear(tail: string): RegExpExecArray | null {
  for (const re of RECOGNITION_YEAR) {
    const m = re.exec(tail);
    if (m) return m;
  }
  return null;
}
const LEVEL = /\bmuc do ([12])\b/g;

/** A name as written, in title case when the line was all capitals ("XÃ BẢO ÁI" → "Xã Bảo Ái"). */
function tidy(name: string): string {
  const t = name.replace(/\s+/g, " ").trim().replace(/[.…]+$/u, "").trim();
  if (t !== t.toUpperCase()) return t;
  return t.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase());
}

/** Reads the commune, the level sought and the Level 1 recognition year from the lines above the header (row < headerTop). */
export function readCommuneTitle(grid: Grid, headerTop: number): CommuneTitle {
  let commune: TitleValue<string> | null = null;
  let labelled = false;
  let sought: TitleValue<1 | 2> | null = null;
  let level1Year: TitleValue<number> | null = null;
  const stop = Math.min(headerTop - grid.origin.row, grid.values.length);
  for (let i = 0; i < stop; i++) {
    const row = grid.values[i] ?? [];
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (typeof v !== "string" || v.trim() === "") continue;
      const at = { row: grid.origin.row + i, col: grid.origin.col + j };
      const text = v.normalize("NFC").trim();
      const key = textKey(text);
      const named = LABELLED.exec(text);
      if (named && !labelled && textKey(named[1]).replace(/[^a-z0-9]/g, "") !== "") {
        commune = { value: tidy(named[1]), ...at };
        labelled = true;
        continue;
      }
      const ubnd = PEOPLES_COMMITTEE.exec(text) ?? BARE.exec(text);
      if (ubnd && !commune) commune = { value: tidy(ubnd[1]), ...at };
      if (RECOGNISED.test(key)) {
        const tail = key.slice(key.search(RECOGNISED));
        const next = row[j + 1];
        const y = recognitionYear(tail) ?? YEAR.exec(typeof next === "number" || typeof next === "string" ? String(next) : "");
        if (y && !level1Year) level1Year = { value: Number(y[1]), ...(y.input === tail ? at : { row: at.row, col: at.col + 1 }) };
        continue;
      }
      const levels = new Set([...key.matchAll(LEVEL)].map((m) => Number(m[1]) as 1 | 2));
      if (levels.size === 1 && !sought) sought = { value: [...levels][0], ...at };
    }
  }
  return { commune, sought, level1Year };
}
