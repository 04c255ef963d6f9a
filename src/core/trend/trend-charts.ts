import type { ChartSpec } from "../charts/chart-spec";
import type { Trend } from "./trend";

/**
 * One chart per learning model (biểu đồ theo năm): the province's recognised rate each year as columns, the target of
 * each year as a line; `labels` names the models. Models without a rate in any year get no chart.
 */
export function trendCharts(trend: Trend, labels: (groupId: string) => string): ChartSpec[] {
  const out: ChartSpec[] = [];
  for (const g of trend.groups) {
    const points = trend.province.groups[g] ?? [];
    if (points.every((p) => p.rate === null)) continue;
    const round = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
    const targets = points.map((p) => p.target?.percent ?? null);
    out.push({
      id: `xhht-trend-${g}`,
      kind: "column-with-target",
      title: `${labels(g)}: tỷ lệ công nhận theo năm`,
      categoryAxisTitle: "Năm",
      valueAxisTitle: "Tỷ lệ (%)",
      categories: trend.years.map(String),
      series: [{ name: "Toàn tỉnh", values: points.map((p) => round(p.rate)) }, ...(targets.some((t) => t !== null) ? [{ name: "Chỉ tiêu", values: targets, asLine: true }] : [])],
      numberFormat: "0.0",
      valueMax: 100,
    });
  }
  return out;
}
