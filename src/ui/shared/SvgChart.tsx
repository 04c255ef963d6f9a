import { useId } from "react";
import type { ChartSpec } from "../../core/charts/chart-spec";
import { decimalsOf, formatNumber } from "./format-number";
import { useLang, useStrings } from "./i18n/language";
import { layoutChart } from "./svg-chart-layout";
import { useSvgChartStyles } from "./SvgChart.styles";

const COLORS = ["#0f6cbd", "#8764b8", "#107c10", "#ca5010"];
const TARGET = "#c50f1f";
const cut = (t: string, n: number) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);

/** A chart spec drawn as accessible inline SVG (biểu đồ): title, axis titles, bars with value labels, target marks. */
export function SvgChart({ spec }: { spec: ChartSpec }) {
  const lang = useLang();
  const s = useStrings();
  const styles = useSvgChartStyles();
  const id = useId();
  const L = layoutChart(spec);
  const fmt = (v: number) => formatNumber(v, decimalsOf(spec.numberFormat), lang);
  const { plot } = L;
  const legend = [...L.barSeries, ...L.lineSeries];
  return (
    <figure className={styles.figure} data-chart-id={spec.id}>
      <svg className={styles.svg} viewBox={`0 0 ${L.width} ${L.height}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{spec.title}</title>
        <desc id={`${id}-d`}>
          {`${s.chartDescription(spec.title, spec.categories.length)}. ` +
            spec.categories.map((c, i) => `${c}: ${spec.series.map((se) => `${se.name} ${se.values[i] === null ? "—" : fmt(se.values[i] as number)}`).join(", ")}`).join("; ")}
        </desc>
        <text className={styles.title} x={L.width / 2} y={22} textAnchor="middle" aria-hidden="true">
          {cut(spec.title, 90)}
        </text>
        <g aria-hidden="true">
          {legend.map((si, k) => (
            <g key={si} transform={`translate(${plot.left + k * 200}, ${52})`}>
              {spec.series[si].asLine ? (
                <line x1={0} y1={-4} x2={16} y2={-4} stroke={TARGET} strokeWidth={2} strokeDasharray="4 2" />
              ) : (
                <rect x={0} y={-10} width={14} height={10} fill={COLORS[k % COLORS.length]} />
              )}
              <text className={styles.tick} x={20} y={0}>
                {cut(spec.series[si].name, 30)}
              </text>
            </g>
          ))}
          {L.ticks.map((t) =>
            L.horizontal ? (
              <g key={t.value}>
                <line x1={t.pos} y1={plot.top} x2={t.pos} y2={plot.bottom} stroke="#e0e0e0" />
                <text className={styles.tick} x={t.pos} y={plot.bottom + 14} textAnchor="middle">{fmt(t.value)}</text>
              </g>
            ) : (
              <g key={t.value}>
                <line x1={plot.left} y1={t.pos} x2={plot.right} y2={t.pos} stroke="#e0e0e0" />
                <text className={styles.tick} x={plot.left - 6} y={t.pos + 4} textAnchor="end">{fmt(t.value)}</text>
              </g>
            ),
          )}
          {L.categories.map((c) =>
            L.horizontal ? (
              <text key={c.pos} className={styles.label} x={plot.left - 6} y={c.pos + 4} textAnchor="end">{cut(c.label, 30)}</text>
            ) : (
              <text key={c.pos} className={styles.label} x={c.pos} y={plot.bottom + 14} textAnchor="middle">{cut(c.label, 18)}</text>
            ),
          )}
          {L.bars.map((b) => (
            <g key={`${b.series}-${b.category}`} data-bar={spec.categories[b.category]}>
              <rect x={b.x} y={b.y} width={Math.max(0, b.width)} height={Math.max(0, b.height)} fill={COLORS[L.barSeries.indexOf(b.series) % COLORS.length]} />
              {L.horizontal ? (
                <text className={styles.value} x={b.x + b.width + 4} y={b.y + b.height / 2 + 4}>{fmt(b.value)}</text>
              ) : (
                <text className={styles.value} x={b.x + b.width / 2} y={b.y - 3} textAnchor="middle">{fmt(b.value)}</text>
              )}
            </g>
          ))}
          {L.targets.map((t) => (
            <line key={`t-${t.category}`} data-target={fmt(t.value)} x1={t.x1} y1={t.y1} x2={t.x2} y2={t.y2} stroke={TARGET} strokeWidth={2} strokeDasharray="4 2" />
          ))}
          <line x1={plot.left} y1={plot.top} x2={plot.left} y2={plot.bottom} stroke="#616161" />
          <line x1={plot.left} y1={plot.bottom} x2={plot.right} y2={plot.bottom} stroke="#616161" />
          <text className={styles.axisTitle} x={(plot.left + plot.right) / 2} y={L.height - 8} textAnchor="middle">
            {L.horizontal ? spec.valueAxisTitle : spec.categoryAxisTitle}
          </text>
          <text className={styles.axisTitle} transform={`translate(14, ${(plot.top + plot.bottom) / 2}) rotate(-90)`} textAnchor="middle">
            {L.horizontal ? spec.categoryAxisTitle : spec.valueAxisTitle}
          </text>
        </g>
      </svg>
    </figure>
  );
}
