import type { Issue, IssueCode, PlainValue } from "../../core/validation/issue";

/** One cell of a fix preview (xem trước): where, what it holds, what it will hold, and whether only a normalisation. */
export interface PreviewRow {
  readonly sheet: string;
  readonly address: string;
  readonly oldValue: PlainValue;
  readonly newValue: PlainValue;
  readonly safe: boolean;
}

/** The cells the fixes of these issues would change, one per cell (the first issue's fix wins, as apply does). */
export function previewRows(issues: readonly Issue[]): PreviewRow[] {
  const seen = new Set<string>();
  const out: PreviewRow[] = [];
  for (const i of issues) {
    if (!i.fix) continue;
    const k = `${i.where.sheet}\u0000${i.where.address}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ sheet: i.where.sheet, address: i.where.address, oldValue: i.input ?? null, newValue: i.fix.value, safe: i.fix.safe });
  }
  return out;
}

/** Kinds of problem that carry fixes, with how many, most frequent first (for the bulk-fix choice). */
export function fixableKinds(issues: readonly Issue[]): { code: IssueCode; count: number }[] {
  const m = new Map<IssueCode, number>();
  for (const i of issues) if (i.fix) m.set(i.code, (m.get(i.code) ?? 0) + 1);
  return [...m].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
}

/** A value as the pane shows it: empty for nothing, text otherwise. */
export function showValue(v: PlainValue | undefined): string {
  return v === null || v === undefined ? "" : String(v);
}
