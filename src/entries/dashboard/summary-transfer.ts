// A summary sheet's rows packed column-wise for the trip from the check worker to the page: the numbers in one
// Float64Array (moved, not copied), names and codes each in one string, instead of 100,000 nested row objects that
// structured clone would copy one property at a time.
import type { FileCheck } from "../../app/check-files";
import type { GroupCounts, SummaryData, SummaryRow } from "../../core/validation/summary-data";

/** Cuts names and codes apart: U+0000 cannot occur in a workbook's text (XML 1.0 forbids it). */
const SEP = "\u0000";
const FIELDS = 3;

/** One SummaryData with its rows as columns: what the worker posts. */
export interface PackedSummary {
  readonly sheet: string;
  readonly year: number | null;
  readonly period: SummaryData["period"];
  readonly reportingUnit: string | null;
  readonly groups: SummaryData["groups"];
  readonly count: number;
  readonly rowNumbers: Int32Array;
  readonly kindNames: readonly SummaryRow["kind"][];
  readonly kinds: Uint8Array;
  readonly names: string;
  readonly codes: string;
  /** 1 where the row's code is null. */
  readonly codeNull: Uint8Array;
  /** The group ids of the rows' records, in first-seen order. */
  readonly keys: readonly string[];
  /** Per row and key: 1 when the row has that group. */
  readonly present: Uint8Array;
  /** Per row, key and field (total, registered, recognised): the count, NaN for null. */
  readonly counts: Float64Array;
}

/** A FileCheck with its summaries packed; everything else as is. */
export type PackedFileCheck = Omit<FileCheck, "summaries"> & { readonly packed: readonly PackedSummary[] };

const num = (v: number | null): number => (v === null ? NaN : v);
const orNull = (v: number): number | null => (Number.isNaN(v) ? null : v);

/** Packs one summary sheet's rows column-wise. */
export function packSummary(s: SummaryData): PackedSummary {
  const n = s.rows.length;
  const keyIndex = new Map<string, number>();
  for (const g of s.groups) if (!keyIndex.has(g.id)) keyIndex.set(g.id, keyIndex.size);
  for (const r of s.rows) for (const k in r.groups) if (!keyIndex.has(k)) keyIndex.set(k, keyIndex.size);
  const keys = [...keyIndex.keys()];
  const kindIndex = new Map<SummaryRow["kind"], number>();
  const rowNumbers = new Int32Array(n);
  const kinds = new Uint8Array(n);
  const codeNull = new Uint8Array(n);
  const present = new Uint8Array(n * keys.length);
  const counts = new Float64Array(n * keys.length * FIELDS).fill(NaN);
  const names: string[] = new Array(n);
  const codes: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const r = s.rows[i];
    rowNumbers[i] = r.row;
    let kind = kindIndex.get(r.kind);
    if (kind === undefined) kindIndex.set(r.kind, (kind = kindIndex.size));
    kinds[i] = kind;
    names[i] = r.name;
    codes[i] = r.code ?? "";
    codeNull[i] = r.code === null ? 1 : 0;
    for (const k in r.groups) {
      const g = r.groups[k];
      const j = i * keys.length + (keyIndex.get(k) as number);
      present[j] = 1;
      counts[j * FIELDS] = num(g.total);
      counts[j * FIELDS + 1] = num(g.registered);
      counts[j * FIELDS + 2] = num(g.recognised);
    }
  }
  const { sheet, year, period, reportingUnit, groups } = s;
  return { sheet, year, period, reportingUnit, groups, count: n, rowNumbers, kindNames: [...kindIndex.keys()], kinds, names: names.join(SEP), codes: codes.join(SEP), codeNull, keys, present, counts };
}

/** Rebuilds the SummaryData a PackedSummary was made from (equal to it, property by property). */
export function unpackSummary(p: PackedSummary): SummaryData {
  const names = p.count === 0 ? [] : p.names.split(SEP);
  const codes = p.count === 0 ? [] : p.codes.split(SEP);
  const width = p.keys.length;
  const rows: SummaryRow[] = new Array(p.count);
  for (let i = 0; i < p.count; i++) {
    const groups: Record<string, GroupCounts> = {};
    for (let k = 0; k < width; k++) {
      const j = i * width + k;
      if (p.present[j] === 0) continue;
      groups[p.keys[k]] = { total: orNull(p.counts[j * FIELDS]), registered: orNull(p.counts[j * FIELDS + 1]), recognised: orNull(p.counts[j * FIELDS + 2]) };
    }
    rows[i] = { row: p.rowNumbers[i], kind: p.kindNames[p.kinds[i]], name: names[i], code: p.codeNull[i] === 1 ? null : codes[i], groups };
  }
  const { sheet, year, period, reportingUnit, groups } = p;
  return { sheet, year, period, reportingUnit, groups, rows };
}

/** Packs a FileCheck's summaries; the buffers listed in `transfer` are moved to the page, not copied. */
export function packFileCheck(c: FileCheck): { check: PackedFileCheck; transfer: ArrayBuffer[] } {
  const { summaries, ...rest } = c;
  const packed = summaries.map(packSummary);
  const transfer = packed.flatMap((p) => [p.rowNumbers.buffer, p.kinds.buffer, p.codeNull.buffer, p.present.buffer, p.counts.buffer] as ArrayBuffer[]);
  return { check: { ...rest, packed }, transfer };
}

/** The FileCheck the worker packed. */
export function unpackFileCheck(c: PackedFileCheck): FileCheck {
  const { packed, ...rest } = c;
  return { ...rest, summaries: packed.map(unpackSummary) };
}
