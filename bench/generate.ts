import type { CellValue, Grid } from "../src/core/grid/grid";

/** A seeded pseudo-random generator (mulberry32), so every run measures the same data. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GROUPS = ["Gia đình học tập", "Dòng họ học tập", "Cộng đồng học tập thôn", "Đơn vị học tập", "Công dân học tập"];

/**
 * A `tong-hop-mo-hinh` sheet of `rows` villages × 25 columns (STT, name, code, 5 groups × 4, note, one extra column),
 * consistent except for about 1% of rows that carry a realistic mistake, built directly as a grid.
 */
export function summaryGrid(rows: number, seed = 1): Grid {
  const rnd = seeded(seed);
  const h1: CellValue[] = ["STT", "Tên đơn vị", "Mã đơn vị"];
  const h2: CellValue[] = [null, null, null];
  for (const g of GROUPS) {
    h1.push(g, null, null, null);
    h2.push("Tổng số", "Đăng ký", "Công nhận", "Tỷ lệ %");
  }
  h1.push("Ghi chú", "Người tổng hợp");
  h2.push(null, null);
  const values: CellValue[][] = [["UBND TỈNH LÀO CAI"], ["BIỂU TỔNG HỢP KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP NĂM 2025"], h1, h2];
  const merges = [
    { top: 2, bottom: 3, left: 0, right: 0 },
    { top: 2, bottom: 3, left: 1, right: 1 },
    { top: 2, bottom: 3, left: 2, right: 2 },
    ...GROUPS.map((_, i) => ({ top: 2, bottom: 2, left: 3 + i * 4, right: 6 + i * 4 })),
  ];
  for (let i = 0; i < rows; i++) {
    const row: CellValue[] = [i + 1, `Thôn ${i + 1}`, null];
    for (let g = 0; g < GROUPS.length; g++) {
      const total = 20 + Math.floor(rnd() * 400);
      const registered = Math.floor(total * (0.6 + rnd() * 0.4));
      const recognised = Math.floor(registered * (0.5 + rnd() * 0.5));
      const rate = Math.round((recognised / total) * 1000) / 10;
      row.push(total, registered, recognised, rate);
    }
    row.push(null, "Nguyễn Văn A");
    const r = rnd();
    if (r < 0.003) row[4] = String(row[4]);
    else if (r < 0.006) row[6] = 101;
    else if (r < 0.01) row[5] = (row[3] as number) + 5;
    values.push(row);
  }
  return { sheetName: "Tổng hợp", origin: { row: 0, col: 0 }, values, merges };
}
