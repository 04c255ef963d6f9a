// Custom functions of the XHHT namespace. custom-functions-metadata reads the JSDoc below to build functions.json,
// so each function keeps its tags complete; bodies stay thin: parse arguments → core evaluate → phrase.
import { describeFailures, shareRate } from "../../core/criteria";
import { ArgError, flat, num, yesNo } from "./args";
import { withBlanks } from "./blanks";
import { guard } from "./guard";
import { cellsOf, resultText, verdictFromCells, verdictFromFields } from "./run-title";
import { titleFrom } from "./titles";

export { setCriteriaOverrides } from "./overrides";
export { setValueTypeReader, valueTypeReaderOver } from "./blanks";

const year = (y: unknown) => num(y, "Năm báo cáo");

/**
 * Xét danh hiệu Công dân học tập (QĐ 324/QĐ-KHVN): tổng điểm 10 chỉ số ≥ 80 và không chỉ số nào dưới 5.
 * @customfunction CONGDAN
 * @param scores Điểm 10 chỉ số CS1…CS10 (mỗi chỉ số 0–10), một hàng hoặc một cột.
 * @param [year] Năm báo cáo (bỏ trống: năm hiện tại).
 * @param invocation Lời gọi hàm của Excel (địa chỉ các ô đầu vào, để nhận ra ô trống).
 * @requiresParameterAddresses
 * @returns Đạt, Không đạt hoặc Chưa đủ dữ liệu.
 */
export async function CONGDAN(scores: number[][], year?: number, invocation?: CustomFunctions.Invocation): Promise<string> {
  const [s, y] = await withBlanks([scores, year], invocation);
  return guard(() => resultText(verdictFromCells("cong-dan", cellsOf(s), yearArg(y))));
}

/**
 * Xét danh hiệu Gia đình học tập (QĐ 448/QĐ-KHVN) từ điểm 4 tiêu chí.
 * @customfunction GIADINH
 * @param tc1 Điểm tiêu chí 1 — Học tập của trẻ em (0–30).
 * @param tc2 Điểm tiêu chí 2 — Học tập của người lớn (0–30).
 * @param tc3 Điểm tiêu chí 3 — Điều kiện học tập (0–20).
 * @param tc4 Điểm tiêu chí 4 — Tác động của học tập (0–20).
 * @param [year] Năm báo cáo (bỏ trống: năm hiện tại).
 * @param invocation Lời gọi hàm của Excel (địa chỉ các ô đầu vào, để nhận ra ô trống).
 * @requiresParameterAddresses
 * @returns Đạt, Không đạt hoặc Chưa đủ dữ liệu (kèm "chưa xác nhận" khi dùng giá trị chưa xác nhận).
 */
export async function GIADINH(tc1: number, tc2: number, tc3: number, tc4: number, year?: number, invocation?: CustomFunctions.Invocation): Promise<string> {
  const [a, b, c, d, y] = await withBlanks([tc1, tc2, tc3, tc4, year], invocation);
  return guard(() => resultText(verdictFromCells("gia-dinh", [a, b, c, d], yearArg(y))));
}

/**
 * Xét danh hiệu Dòng họ học tập: tỷ lệ hộ đạt Gia đình học tập và có quỹ hoặc quy ước khuyến học.
 * @customfunction DONGHO
 * @param households Tổng số hộ của dòng họ.
 * @param recognised Số hộ đạt Gia đình học tập.
 * @param hasFund Có quỹ khuyến học (Có/Không).
 * @param hasRules Có quy ước khuyến học (Có/Không).
 * @param [year] Năm báo cáo (bỏ trống: năm hiện tại).
 * @param invocation Lời gọi hàm của Excel (địa chỉ các ô đầu vào, để nhận ra ô trống).
 * @requiresParameterAddresses
 * @returns Đạt, Không đạt hoặc Chưa đủ dữ liệu.
 */
export async function DONGHO(households: number, recognised: number, hasFund: boolean | string, hasRules: boolean | string, year?: number, invocation?: CustomFunctions.Invocation): Promise<string> {
  const [n, r, f, q, y] = await withBlanks([households, recognised, hasFund, hasRules, year], invocation);
  return guard(() =>
    resultText(
      verdictFromFields(
        "dong-ho",
        { households: num(n, "Tổng số hộ"), "recognised-households": num(r, "Số hộ đạt"), "has-fund": yesNo(f, "Quỹ khuyến học"), "has-rules": yesNo(q, "Quy ước khuyến học") },
        yearArg(y),
      ),
    ),
  );
}

/**
 * Xét danh hiệu Cộng đồng học tập cấp thôn (thôn, bản, tổ dân phố).
 * @customfunction THON
 * @param households Tổng số hộ của thôn.
 * @param recognised Số hộ đạt Gia đình học tập.
 * @param culturalVillage Thôn đạt danh hiệu thôn văn hóa (Có/Không).
 * @param associationActive Chi hội khuyến học hoạt động (Có/Không).
 * @param [year] Năm báo cáo (bỏ trống: năm hiện tại).
 * @param invocation Lời gọi hàm của Excel (địa chỉ các ô đầu vào, để nhận ra ô trống).
 * @requiresParameterAddresses
 * @returns Đạt, Không đạt hoặc Chưa đủ dữ liệu.
 */
export async function THON(households: number, recognised: number, culturalVillage: boolean | string, associationActive: boolean | string, year?: number, invocation?: CustomFunctions.Invocation): Promise<string> {
  const [n, r, v, a, y] = await withBlanks([households, recognised, culturalVillage, associationActive, year], invocation);
  return guard(() =>
    resultText(
      verdictFromFields(
        "cong-dong-thon",
        {
          households: num(n, "Tổng số hộ"),
          "recognised-households": num(r, "Số hộ đạt"),
          "cultural-village": yesNo(v, "Thôn văn hóa"),
          "association-active": yesNo(a, "Chi hội khuyến học"),
        },
        yearArg(y),
      ),
    ),
  );
}

/**
 * Xếp loại Đơn vị học tập theo thang điểm Thông tư 22/2020: Tốt, Khá, Trung bình hoặc Không đạt.
 * @customfunction DONVI
 * @param c1 Điểm tiêu chí 1 — Điều kiện bảo đảm (0–30).
 * @param c2 Điểm tiêu chí 2 — Kết quả học tập của thành viên (0–30).
 * @param c3 Điểm tiêu chí 3 — Tác động của học tập (0–40).
 * @param [year] Năm báo cáo (bỏ trống: năm hiện tại).
 * @param [level] Cấp đơn vị: "cơ sở" (mặc định), "huyện" hoặc "tỉnh".
 * @param invocation Lời gọi hàm của Excel (địa chỉ các ô đầu vào, để nhận ra ô trống).
 * @requiresParameterAddresses
 * @returns Tốt, Khá, Trung bình, Không đạt hoặc Chưa đủ dữ liệu.
 */
export async function DONVI(c1: number, c2: number, c3: number, year?: number, level?: string, invocation?: CustomFunctions.Invocation): Promise<string> {
  const [a, b, c, y] = await withBlanks([c1, c2, c3, year], invocation);
  return guard(() => {
    const t = unitTitle(level);
    return resultText(verdictFromCells(t, [a, b, c], yearArg(y), "points"));
  });
}

/**
 * Lý do chưa đạt danh hiệu, bằng tiếng Việt; để trống khi đạt.
 * @customfunction LYDO
 * @param title Danh hiệu: mã (cong-dan, gia-dinh, dong-ho, cong-dong-thon, don-vi-co-so, …) hoặc tên tiếng Việt.
 * @param inputs Các giá trị đầu vào theo thứ tự của bộ tiêu chí (một hàng hoặc một cột).
 * @param [year] Năm báo cáo (bỏ trống: năm hiện tại).
 * @param invocation Lời gọi hàm của Excel (địa chỉ các ô đầu vào, để nhận ra ô trống).
 * @requiresParameterAddresses
 * @returns Các tiêu chí chưa đạt, ngăn cách bằng dấu chấm phẩy.
 */
export async function LYDO(title: string, inputs: unknown[][], year?: number, invocation?: CustomFunctions.Invocation): Promise<string> {
  const [, cells, y] = await withBlanks([title, inputs, year], invocation);
  return guard(() => {
    const t = titleFrom(title);
    if (!t) throw new ArgError(`Không rõ danh hiệu "${String(title)}".`);
    const v = verdictFromCells(t, cellsOf(cells), yearArg(y));
    return describeFailures(v).join("; ");
  });
}

/**
 * Tỷ lệ phần trăm (làm tròn 1 chữ số thập phân); để trống khi tổng số bằng 0.
 * @customfunction TYLE
 * @param recognised Số được công nhận.
 * @param total Tổng số.
 * @param invocation Lời gọi hàm của Excel (địa chỉ các ô đầu vào, để nhận ra ô trống).
 * @requiresParameterAddresses
 * @returns Tỷ lệ %, hoặc ô trống khi tổng số bằng 0 hoặc còn ô trống.
 */
export async function TYLE(recognised: number, total: number, invocation?: CustomFunctions.Invocation): Promise<number | string> {
  const [rec, tot] = await withBlanks([recognised, total], invocation);
  return guard(() => {
    const r = num(rec, "Số công nhận");
    const n = num(tot, "Tổng số");
    if (n === null || n === 0) return "";
    if (r === null) return "";
    if (r < 0 || n < 0) throw new ArgError("Số lượng không được âm.");
    if (r > n) throw new ArgError(`Số công nhận (${r}) lớn hơn tổng số (${n}).`);
    return shareRate(r, n);
  });
}

/**
 * Tổng điểm của các chỉ số; bỏ qua ô trống.
 * @customfunction DIEM
 * @param scores Điểm các chỉ số (một hàng, một cột hoặc một vùng).
 * @returns Tổng điểm.
 */
export function DIEM(scores: number[][]): number {
  return guard(() => {
    const values = flat(scores).map((v, i) => num(v, `Ô thứ ${i + 1}`));
    if (values.some((v) => v !== null && v < 0)) throw new ArgError("Điểm không được âm.");
    return Math.round(values.reduce<number>((a, v) => a + (v ?? 0), 0) * 1e6) / 1e6;
  });
}

function yearArg(y: unknown): number | null {
  return year(y === 0 ? null : y);
}

function unitTitle(level: unknown): "don-vi-co-so" | "don-vi-huyen" | "don-vi-tinh" {
  const t = typeof level === "string" ? level.normalize("NFC").trim().toLowerCase() : "";
  if (t === "" || t === "cơ sở" || t === "co so" || t === "co-so") return "don-vi-co-so";
  if (t === "huyện" || t === "huyen") return "don-vi-huyen";
  if (t === "tỉnh" || t === "tinh") return "don-vi-tinh";
  throw new ArgError(`Cấp đơn vị "${String(level)}" không rõ; dùng "cơ sở", "huyện" hoặc "tỉnh".`);
}
