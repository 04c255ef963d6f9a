import { Subtitle2, Text } from "@fluentui/react-components";
import { useMemo } from "react";
import type { FileCheck } from "../../../app/check-files";
import { changeText, groupLabel, trendOfFiles } from "../../../app/trend";
import type { ProvinceProfile } from "../../../core/province";
import { trendCharts } from "../../../core/trend";
import { SvgChart, useLang } from "../../shared";
import { useDashboardStyles } from "../Dashboard.styles";
import { useProvinceStrings } from "./strings";

/**
 * Theo năm: when the files span several years, one chart per learning model (the province's rate each year against
 * the target of the year), the notable changes as information, and the former units that could not be split.
 */
export function TrendPanel({ checks, profile }: { checks: readonly FileCheck[]; profile: ProvinceProfile }) {
  const t = useProvinceStrings();
  const lang = useLang();
  const styles = useDashboardStyles();
  const { trend } = useMemo(() => trendOfFiles(checks, { targets: profile.targets, provinceCode: profile.provinceCode }), [checks, profile]);
  const charts = useMemo(() => trendCharts(trend, groupLabel), [trend]);
  if (trend.years.length < 2) return null;
  return (
    <section className={styles.section} aria-labelledby="trend-heading" data-testid="trend-panel">
      <Subtitle2 as="h2" id="trend-heading">
        {t.trendHeading(trend.years)}
      </Subtitle2>
      <div className={styles.charts}>
        {charts.map((c) => (
          <SvgChart key={c.id} spec={c} />
        ))}
      </div>
      {trend.changes.length > 0 && (
        <>
          <Text weight="semibold">{t.changes}</Text>
          <ul className={styles.notes} data-testid="trend-changes">
            {trend.changes.map((c) => (
              <li key={`${c.code}-${c.unit.code}-${c.group}-${c.to.year}`}>{changeText(c, lang)}</li>
            ))}
          </ul>
        </>
      )}
      {trend.split.length > 0 && (
        <ul className={styles.notes} data-testid="trend-split">
          {trend.split.map((s) => (
            <li key={`${s.year}-${s.line.code}`}>{t.split(s.year, s.line.name)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
