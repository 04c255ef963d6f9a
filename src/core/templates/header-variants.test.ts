import { columnLetter } from "../grid/a1";
import { gridFromRows } from "../grid/from-rows";
import { BUILTIN_TEMPLATES } from "./builtin";
import { detectTemplate } from "./detect";
import { HEADER_VARIANTS } from "./__fixtures__/header-variants";

/** The column map a sheet with these header rows gets, written as the variants write it. */
function mapOf(rows: (typeof HEADER_VARIANTS)[number]["rows"]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const grid = gridFromRows("Biểu", [["BIỂU TỔNG HỢP KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP NĂM 2024"], ...rows, [1, "Thôn Khe Lụa", ...Array.from({ length: width - 2 }, () => 5)]]);
  const found = detectTemplate(grid, BUILTIN_TEMPLATES);
  if (!found.ok) return `no match (missing: ${found.error.missing.join(", ")})`;
  const d = found.value;
  const sure = [...d.columns].map(([id, col]) => ({ col, text: `${columnLetter(col)}:${id}` }));
  const weak = d.unconfirmed.map((u) => ({ col: u.col, text: `${columnLetter(u.col)}:${u.fieldId}?` }));
  return `${d.template.id} ${[...sure, ...weak].sort((a, b) => a.col - b.col).map((x) => x.text).join(" ")}`;
}

describe("header variants of the summary form (each must give exactly its column map)", () => {
  it("has at least 40 variants", () => {
    expect(HEADER_VARIANTS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(HEADER_VARIANTS.map((v) => [v.name, v] as const))("%s", (_name, v) => {
    expect(mapOf(v.rows)).toBe(`tong-hop-mo-hinh ${v.map}`);
  });
});
