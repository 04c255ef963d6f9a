import type { CellRange, CellValue, Grid } from "../../grid/grid";
import { gridFromRows } from "../../grid/from-rows";

/** One village or commune line: name, then [total, registered, recognised] per group (rate computed unless given). */
export interface Line {
  readonly name: string;
  readonly gd: readonly [number, number, number];
  readonly dh: readonly [number, number, number];
  readonly gdRate?: CellValue;
  readonly dhRate?: CellValue;
  readonly ordinal?: CellValue;
}

const rate = (t: number, r: number): CellValue => (t === 0 ? null : Math.round((r / t) * 1000) / 10);

/** A summary sheet as officers write it: title lines, a two-row merged header, a numbering row, a totals row. */
export function summarySheet(opts: {
  year?: number | string;
  title?: string;
  lines: readonly Line[];
  totals?: "bottom" | "top" | "none";
  totalsOverride?: Partial<Record<number, CellValue>>;
  name?: string;
}): Grid {
  const title = opts.title ?? `BIỂU TỔNG HỢP KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP NĂM ${opts.year ?? 2024}`;
  const header1: CellValue[] = ["STT", "Tên đơn vị", "Gia đình học tập", null, null, null, "Dòng họ học tập", null, null, null, "Ghi chú"];
  const header2: CellValue[] = [null, null, "Tổng số hộ", "Đăng ký", "Công nhận", "Tỷ lệ %", "Tổng số", "Đăng ký", "Công nhận", "Tỷ lệ %", null];
  const numbering: CellValue[] = Array.from({ length: 11 }, (_, i) => `(${i + 1})`);
  const body = opts.lines.map((l, i): CellValue[] => [
    l.ordinal !== undefined ? l.ordinal : i + 1,
    l.name,
    ...l.gd,
    l.gdRate !== undefined ? l.gdRate : rate(l.gd[0], l.gd[2]),
    ...l.dh,
    l.dhRate !== undefined ? l.dhRate : rate(l.dh[0], l.dh[2]),
    null,
  ]);
  const sum = (g: "gd" | "dh", k: number) => opts.lines.reduce((a, l) => a + l[g][k], 0);
  const totals: CellValue[] = [
    null,
    "Tổng cộng",
    sum("gd", 0),
    sum("gd", 1),
    sum("gd", 2),
    rate(sum("gd", 0), sum("gd", 2)),
    sum("dh", 0),
    sum("dh", 1),
    sum("dh", 2),
    rate(sum("dh", 0), sum("dh", 2)),
    null,
  ];
  for (const [k, v] of Object.entries(opts.totalsOverride ?? {})) totals[Number(k)] = v as CellValue;
  const where = opts.totals ?? "bottom";
  const rows: CellValue[][] = [
    ["UBND XÃ LÂM GIANG"],
    [title],
    ["Đơn vị báo cáo: Xã Lâm Giang"],
    header1,
    header2,
    numbering,
    ...(where === "top" ? [totals] : []),
    ...body,
    ...(where === "bottom" ? [totals] : []),
    [],
    [null, "Người lập biểu", null, null, null, null, null, "TM. UBND XÃ"],
  ];
  const merges: CellRange[] = [
    { top: 3, bottom: 4, left: 0, right: 0 },
    { top: 3, bottom: 4, left: 1, right: 1 },
    { top: 3, bottom: 3, left: 2, right: 5 },
    { top: 3, bottom: 3, left: 6, right: 9 },
    { top: 3, bottom: 4, left: 10, right: 10 },
  ];
  return gridFromRows(opts.name ?? "Biểu 01", rows, { merges });
}

/** Villages of a commune with consistent numbers. */
export const VILLAGES: readonly Line[] = [
  { name: "Thôn Khe Lụa", gd: [120, 110, 95], dh: [6, 5, 4] },
  { name: "Thôn Đồng Ruộng", gd: [98, 90, 80], dh: [4, 4, 3] },
  { name: "Thôn Làng Chạp", gd: [454, 300, 230], dh: [10, 8, 6] },
  { name: "Tổ dân phố 1", gd: [0, 0, 0], dh: [0, 0, 0] },
];
