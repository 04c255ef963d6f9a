import type { RollupRow } from "../core/aggregation";
import type { Lang } from "../core/messages";
import { builtinTemplate } from "../core/templates/builtin";
import type { SheetSpec, SpecValue } from "../core/templates/sheet-spec";
import { buildTrend, type Trend, type TrendChange, type TrendOptions } from "../core/trend";
import type { FileCheck } from "./check-files";
import { rollupRowsOf } from "./consolidate";

/** The roll-up rows of every readable summary sheet with a report year; sheets without a year are left out and named. */
export function trendRowsOf(checks: readonly FileCheck[]): { rows: RollupRow[]; withoutYear: string[] } {
  const rows: RollupRow[] = [];
  const withoutYear: string[] = [];
  for (const c of checks) {
    for (const s of c.summaries) {
      if (s.year === null) withoutYear.push(`${c.path} — ${s.sheet}`);
      else rows.push(...rollupRowsOf(c.path, s));
    }
  }
  return { rows, withoutYear };
}

/** Year over year from checked files of several years (xu hướng theo năm). */
export function trendOfFiles(checks: readonly FileCheck[], opts: TrendOptions): { trend: Trend; withoutYear: string[] } {
  const { rows, withoutYear } = trendRowsOf(checks);
  return { trend: buildTrend(rows, opts), withoutYear };
}

/** The Vietnamese label of a learning model, from the summary template's groups. */
export function groupLabel(id: string): string {
  return builtinTemplate("tong-hop-mo-hinh")?.groups.find((g) => g.id === id)?.label ?? id;
}

/** A notable change in words ("Xã Lâm Giang, Gia đình học tập: số được công nhận giảm từ 600 (2023) xuống 550 (2024)"). */
export function changeText(c: TrendChange, lang: Lang = "vi"): string {
  const down = c.to.value < c.from.value;
  if (lang === "en") {
    const what = c.code === "recognised-fell" ? "recognised fell" : "total changed sharply";
    return `${c.unit.name}, ${groupLabel(c.group)}: ${what} from ${c.from.value} (${c.from.year}) to ${c.to.value} (${c.to.year})`;
  }
  const what = c.code === "recognised-fell" ? "số được công nhận giảm" : "tổng số thay đổi mạnh";
  return `${c.unit.name}, ${groupLabel(c.group)}: ${what} từ ${c.from.value} (${c.from.year}) ${down ? "xuống" : "lên"} ${c.to.value} (${c.to.year})`;
}

/** Name of the year-over-year sheet. */
export const TREND_SHEET = "Theo năm";

const round1 = (x: number | null): number | null => (x === null ? null : Math.round(x * 10) / 10);

/**
 * The "Theo năm" sheet: per learning model a block with the province and every commune, the recognised rate of each
 * year and the target of the year; then the notable changes and the former units that could not be split.
 */
export function trendSheet(trend: Trend, generatedAt: string): SheetSpec {
  const width = 3 + trend.years.length * 2;
  const line = (text: string): SpecValue[] => [text, ...new Array<SpecValue>(width - 1).fill(null)];
  const rows: SpecValue[][] = [line("KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP THEO NĂM"), line(`Lập lúc ${generatedAt}. Tỷ lệ công nhận (%) từng năm so với chỉ tiêu của giai đoạn.`)];
  const styles: Record<number, "title" | "subtitle" | "header" | "totals" | "note"> = { 0: "title", 1: "subtitle" };
  for (const g of trend.groups) {
    rows.push(line(""));
    styles[rows.length] = "header";
    rows.push(line(groupLabel(g)));
    styles[rows.length] = "header";
    rows.push(["Mã", "Đơn vị", "Chỉ tiêu", ...trend.years.flatMap((y) => [`Tỷ lệ ${y} (%)`, `Chỉ tiêu ${y} (%)`])]);
    for (const s of [trend.province, ...trend.units]) {
      const points = s.groups[g] ?? [];
      if (points.every((p) => p.rate === null)) continue;
      const basis = points.find((p) => p.target !== null)?.target;
      if (s === trend.province) styles[rows.length] = "totals";
      rows.push([s.code || null, s.name, basis ? `${basis.basis}${basis.confidence === "P" ? " (chưa xác nhận)" : ""}` : null, ...points.flatMap((p) => [round1(p.rate), p.target?.percent ?? null])]);
    }
  }
  if (trend.changes.length) {
    rows.push(line(""), line("Thay đổi đáng chú ý (thông tin, không phải lỗi):"));
    for (const c of trend.changes) rows.push(line(`• ${changeText(c)}`));
  }
  if (trend.split.length) {
    rows.push(line(""), line("Đơn vị cũ đã chia cho nhiều xã, phường mới (số liệu để riêng, không tự chia):"));
    for (const { year, line: l } of trend.split) rows.push(line(`• ${year}: ${l.name}`));
  }
  return { name: TREND_SHEET, rows, merges: [], rowStyles: styles, numberFormats: [], validations: [], columnWidths: [8, 28, 18, ...trend.years.flatMap(() => [12, 12])], freezeRows: 2 };
}
