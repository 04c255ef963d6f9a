import type { CriteriaSet, LevelOutcome } from "../../criteria";
import type { CellValue } from "../../grid/grid";
import { textKey } from "../../cells";

/** An indicator of a checklist set as the commune table numbers it ("1.1" = the first item of criterion 1). */
export interface IndicatorEntry {
  readonly code: string;
  /** The set's checklist item id, the criteria engine's input id. */
  readonly id: string;
  readonly label: string;
  /** The lowest level that requires the item, and that level's Vietnamese label ("Mức độ 1"). */
  readonly level: LevelOutcome;
  readonly levelLabel: string;
}

/** A checklist set's criteria ("1" … "5") and indicators ("1.1" …), numbered in the set's order, by code and by item id. */
export interface IndicatorCodes {
  readonly items: readonly IndicatorEntry[];
  readonly byCode: ReadonlyMap<string, IndicatorEntry>;
  readonly criteria: ReadonlyMap<string, string>;
}

/** Numbers a checklist set's criteria and indicators the way the dossier's table does; null for other kinds of set. */
export function indicatorCodes(set: CriteriaSet): IndicatorCodes | null {
  const r = set.rule;
  if (r.kind !== "checklist") return null;
  const levels = r.levels.map((l) => l.outcome);
  const items: IndicatorEntry[] = [];
  const byCode = new Map<string, IndicatorEntry>();
  const criteria = new Map<string, string>();
  r.criteria.forEach((c, i) => {
    criteria.set(String(i + 1), c.label);
    c.items.forEach((it, j) => {
      const first = it.type === "yes-no" ? levels.indexOf(it.from) : Math.min(...levels.map((l, k) => (it.targets[l] ? k : levels.length)));
      const level = levels[Math.max(0, Math.min(first, levels.length - 1))];
      const entry = { code: `${i + 1}.${j + 1}`, id: it.id, label: it.label, level, levelLabel: r.levels.find((l) => l.outcome === level)?.label ?? level };
      items.push(entry);
      byCode.set(entry.code, entry);
      byCode.set(it.id, entry);
    });
  });
  return { items, byCode, criteria };
}

const ROMAN: Readonly<Record<string, string>> = { i: "1", ii: "2", iii: "3", iv: "4", v: "5", vi: "6", vii: "7", viii: "8", ix: "9", x: "10" };
const LEADING_CODE = /^(\d{1,2}(?:[.,]\d{1,2})?)(?:[.):\s-]|$)/;
const CRITERION_WORDS = /^tieu chi (\d{1,2}|[ivx]{1,4})\b/;

/**
 * The code a table row carries ("1.1", "3", an item id): from the TT cell (a number 1.1 typed in Excel, "1.1.",
 * "1,1", a Roman "II"), else from the start of the content ("1.2. Có chương trình…", "Tiêu chí 2: …"); null when none.
 */
export function rowCode(codeCell: CellValue | undefined, content: string): string | null {
  if (typeof codeCell === "number" && Number.isFinite(codeCell)) return String(codeCell);
  if (typeof codeCell === "string" && codeCell.trim() !== "") {
    const raw = codeCell.normalize("NFC").trim().toLowerCase().replace(/^(chỉ số|tiêu chí|chi so|tieu chi)\s*/u, "");
    if (/^[a-z0-9-]+$/.test(raw) && raw.includes("-")) return raw;
    const key = textKey(raw);
    if (ROMAN[key]) return ROMAN[key];
    const m = LEADING_CODE.exec(raw.replace(/\s+/g, ""));
    if (m) return m[1].replace(",", ".");
    return raw;
  }
  const c = content.trim();
  const m = LEADING_CODE.exec(c);
  if (m) return m[1].replace(",", ".");
  const w = CRITERION_WORDS.exec(textKey(c));
  if (w) return ROMAN[w[1]] ?? w[1];
  return null;
}

/** True when a code names a criterion (a heading row "1" … "5"), not an indicator. */
export function isCriterionCode(code: string): boolean {
  return /^\d{1,2}$/.test(code);
}
