import type { SummaryData } from "../validation/summary-data";
import { targetFor } from "../validation/targets";
import type { ChartSpec } from "./chart-spec";

/** A group's rate as recognised ÷ total × 100, one decimal; null when there is nothing to divide. */
export function groupRate(total: number | null, recognised: number | null): number | null {
  if (total === null || recognised === null || total <= 0) return null;
  return Math.round((recognised / total) * 1000) / 10;
}

/** Sorted bars of each unit's recognition rate for one group, with the year's target as a line (tỷ lệ theo đơn vị). */
export function rateByUnitChart(data: SummaryData, groupId: string, targets?: Readonly<Record<string, number>>): ChartSpec | null {
  const group = data.groups.find((g) => g.id === groupId);
  if (!group) return null;
  const units = data.rows
    .filter((r) => r.kind === "data")
    .map((r) => ({ name: r.name, rate: groupRate(r.groups[groupId]?.total ?? null, r.groups[groupId]?.recognised ?? null) }))
    .filter((u): u is { name: string; rate: number } => u.rate !== null)
    .sort((a, b) => b.rate - a.rate || a.name.localeCompare(b.name, "vi"));
  if (units.length === 0) return null;
  const target = data.year !== null ? targetFor(groupId, data.year, targets) : null;
  return {
    id: `xhht-rate-${groupId}`,
    kind: "bar-sorted",
    title: `Tỷ lệ ${group.label} được công nhận theo đơn vị${data.year ? ` năm ${data.year}` : ""}`,
    categoryAxisTitle: "Đơn vị",
    valueAxisTitle: "Tỷ lệ (%)",
    categories: units.map((u) => u.name),
    series: [
      { name: "Tỷ lệ công nhận (%)", values: units.map((u) => u.rate) },
      ...(target ? [{ name: `Mục tiêu ${target.percent}% (${target.basis})`, values: units.map(() => target.percent), asLine: true }] : []),
    ],
    numberFormat: "0.0",
    valueMax: 100,
  };
}

function sums(data: SummaryData): Record<string, { total: number; registered: number; recognised: number }> {
  const totalsRow = data.rows.find((r) => r.kind === "totals");
  const out: Record<string, { total: number; registered: number; recognised: number }> = {};
  for (const g of data.groups) {
    if (totalsRow) {
      const c = totalsRow.groups[g.id];
      out[g.id] = { total: c?.total ?? 0, registered: c?.registered ?? 0, recognised: c?.recognised ?? 0 };
      continue;
    }
    const acc = { total: 0, registered: 0, recognised: 0 };
    for (const r of data.rows) {
      if (r.kind !== "data") continue;
      const c = r.groups[g.id];
      acc.total += c?.total ?? 0;
      acc.registered += c?.registered ?? 0;
      acc.recognised += c?.recognised ?? 0;
    }
    out[g.id] = acc;
  }
  return out;
}

/** Clustered columns of total, registered and recognised per learning model (đăng ký và công nhận theo mô hình). */
export function registeredVsRecognisedChart(data: SummaryData): ChartSpec | null {
  if (data.groups.length === 0) return null;
  const s = sums(data);
  return {
    id: "xhht-registered-recognised",
    kind: "clustered-column",
    title: `Đăng ký và công nhận theo mô hình học tập${data.year ? ` năm ${data.year}` : ""}`,
    categoryAxisTitle: "Mô hình",
    valueAxisTitle: "Số lượng",
    categories: data.groups.map((g) => g.label),
    series: [
      { name: "Tổng số", values: data.groups.map((g) => s[g.id].total) },
      { name: "Đăng ký", values: data.groups.map((g) => s[g.id].registered) },
      { name: "Công nhận", values: data.groups.map((g) => s[g.id].recognised) },
    ],
    numberFormat: "#,##0",
  };
}

/** The whole area's rate per model against its target, when the sheet lists several units (tổng hợp toàn địa bàn). */
export function rollupChart(data: SummaryData, targets?: Readonly<Record<string, number>>): ChartSpec | null {
  if (data.rows.filter((r) => r.kind === "data").length < 2 || data.groups.length === 0) return null;
  const s = sums(data);
  const year = data.year;
  return {
    id: "xhht-rollup",
    kind: "column-with-target",
    title: `Tỷ lệ công nhận toàn địa bàn so với mục tiêu${year ? ` năm ${year}` : ""}`,
    categoryAxisTitle: "Mô hình",
    valueAxisTitle: "Tỷ lệ (%)",
    categories: data.groups.map((g) => g.label),
    series: [
      { name: "Tỷ lệ công nhận (%)", values: data.groups.map((g) => groupRate(s[g.id].total, s[g.id].recognised)) },
      { name: "Mục tiêu (%)", values: data.groups.map((g) => (year !== null ? (targetFor(g.id, year, targets)?.percent ?? null) : null)), asLine: true },
    ],
    numberFormat: "0.0",
    valueMax: 100,
  };
}

/** Every chart the product draws for a summary sheet, in the order they are placed. */
export function summaryCharts(data: SummaryData, targets?: Readonly<Record<string, number>>): ChartSpec[] {
  const charts = [...data.groups.map((g) => rateByUnitChart(data, g.id, targets)), registeredVsRecognisedChart(data), rollupChart(data, targets)];
  return charts.filter((c): c is ChartSpec => c !== null);
}
