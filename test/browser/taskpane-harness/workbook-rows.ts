// The officer's workbook of the task pane tests, as raw rows from A1 (what the Excel fake's setRows takes).

/** A raw cell as the fake keeps it: "" for empty. */
export type Raw = string | number | boolean;

/** A commune's summary sheet (tong-hop-mo-hinh) with counts typed as text in row 7 and a wrong rate in row 8. */
export function summaryRows(): Raw[][] {
  const head1: Raw[] = ["STT", "Tên đơn vị", "Gia đình học tập", "", "", "", "Dòng họ học tập", "", "", "", "Ghi chú"];
  const head2: Raw[] = ["", "", "Tổng số hộ", "Đăng ký", "Công nhận", "Tỷ lệ %", "Tổng số", "Đăng ký", "Công nhận", "Tỷ lệ %", ""];
  return [
    ["UBND XÃ LÂM GIANG"],
    ["BIỂU TỔNG HỢP KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP NĂM 2024"],
    ["Đơn vị báo cáo: Xã Lâm Giang"],
    head1,
    head2,
    Array.from({ length: 11 }, (_, i) => `(${i + 1})`),
    [1, "Thôn Khe Lụa", "120", "110", "95", 79.2, 6, 5, 4, 66.7, ""],
    [2, "Thôn Đồng Ruộng", 98, 90, 80, 90.5, 4, 4, 3, 75, ""],
    [3, "Thôn Làng Cần", 75, 70, 60, 80, 5, 4, 4, 80, ""],
    ["", "Tổng cộng", 293, 270, 235, 80.2, 15, 13, 11, 73.3, ""],
  ];
}

/** Cells of the summary sheet holding numbers typed as text (0-based row, col), formatted "@" as Excel keeps them. */
export const TEXT_NUMBER_CELLS: readonly [number, number][] = [
  [6, 2],
  [6, 3],
  [6, 4],
];

/** A citizens' list (cong-dan-hoc-tap): three persons with ten scores each, results left empty. */
export function congDanRows(): Raw[][] {
  const cs = Array.from({ length: 10 }, (_, i) => `CS${i + 1}`);
  const person = (n: number, name: string, scores: number[]): Raw[] => [n, name, 1980 + n, "Nam", "1", "Thôn Khe Lụa", ...scores, scores.reduce((a, b) => a + b, 0), "", ""];
  return [
    ["UBND XÃ LÂM GIANG"],
    ["DANH SÁCH ĐÁNH GIÁ CÔNG DÂN HỌC TẬP NĂM 2024"],
    ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Nhóm đối tượng", "Thôn", ...cs, "Tổng điểm", "Kết quả", "Ghi chú"],
    person(1, "Nguyễn Văn An", [9, 9, 9, 9, 9, 9, 9, 9, 9, 9]),
    person(2, "Lò Thị Bình", [8, 8, 8, 8, 8, 8, 8, 8, 8, 8]),
    person(3, "Hoàng Văn Cường", [4, 9, 9, 9, 9, 9, 9, 9, 9, 9]),
  ];
}

/** What seeding needs of the Excel fake's model (kept structural so the page and Node share it). */
export interface SeedableModel {
  active: number;
  addSheet(name: string): { merges: { top: number; left: number; bottom: number; right: number }[]; setRows(top: number, left: number, rows: readonly (readonly Raw[])[]): unknown; setFormat(r: number, c: number, f: string): void; setFill(r: number, c: number, color: string | null): void };
}

/** The rows the tests seed, built here and passed as data (into the page by the browser test). */
export interface SeedData {
  readonly summary: Raw[][];
  readonly textCells: readonly (readonly [number, number])[];
  readonly congDan: Raw[][];
  /** Merged header areas of the summary sheet (0-based, inclusive). */
  readonly merges: readonly { top: number; left: number; bottom: number; right: number }[];
}

/** The seed data of the officer's path. */
export function seedData(): SeedData {
  const merges = [
    { top: 3, bottom: 4, left: 0, right: 0 },
    { top: 3, bottom: 4, left: 1, right: 1 },
    { top: 3, bottom: 3, left: 2, right: 5 },
    { top: 3, bottom: 3, left: 6, right: 9 },
    { top: 3, bottom: 4, left: 10, right: 10 },
  ];
  return { summary: summaryRows(), textCells: TEXT_NUMBER_CELLS, congDan: congDanRows(), merges };
}

/** Puts the officer's workbook into a fake model: "Biểu 01" (active, with one pre-filled header cell) and "Công dân". */
export function seedWorkbook(model: SeedableModel, data: SeedData): void {
  const summary = model.addSheet("Biểu 01");
  summary.setRows(0, 0, data.summary);
  for (const [r, c] of data.textCells) summary.setFormat(r, c, "@");
  summary.setFill(3, 2, "#DDEBF7");
  summary.merges.push(...data.merges.map((m) => ({ ...m })));
  model.addSheet("Công dân").setRows(0, 0, data.congDan);
  model.active = 0;
}
