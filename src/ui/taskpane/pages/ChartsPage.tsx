import { Button, Text } from "@fluentui/react-components";
import { ArrowTrending20Regular, DataBarVertical20Regular } from "@fluentui/react-icons";
import type { TrendChartsDrawn } from "../../../app/trend-workbook";
import { useState } from "react";
import { usePaneStrings } from "../i18n/usePaneStrings";
import { useTaskpaneServices } from "../services";
import { usePageStyles } from "../Taskpane.styles";
import type { PaneModel } from "../usePane";
import { SheetPicker } from "./SheetPicker";
import { useTrendStrings } from "./trend-strings";
import { useSheets } from "./useSheets";

const SUMMARY_SHEET = (n: string) => /tổng hợp|biểu 0?1/i.test(n);

/** Theo năm: one native chart per model when the workbook's summary sheets span several report years. */
function TrendSection({ pane }: { pane: PaneModel }) {
  const t = useTrendStrings();
  const styles = usePageStyles();
  const services = useTaskpaneServices();
  const [read, setRead] = useState<TrendChartsDrawn | null>(null);
  const draw = async () => {
    const done = await pane.run(t.drawing, () => services.drawTrendCharts(pane.settings), (v) => {
      const years = v.years.join(", ");
      const details = v.warnings.map((w) => w.message);
      if (v.years.length < 2) return { intent: "warning", text: t.oneYear(years), details };
      if (v.charts.length === 0) return { intent: "warning", text: t.noRates, details };
      return { intent: details.length ? "warning" : "success", text: t.drawn(v.charts.length, years), details };
    });
    if (done) setRead(done);
  };
  return (
    <section className={styles.section} aria-label={t.heading} data-testid="trend-charts">
      <Text as="h2" weight="semibold">
        {t.heading}
      </Text>
      <Text className={styles.muted}>{t.hint}</Text>
      <div className={styles.actions}>
        <Button icon={<ArrowTrending20Regular />} onClick={() => void draw()} disabled={pane.busy}>
          {t.draw}
        </Button>
      </div>
      {read && read.sheets.length + read.withoutYear.length > 0 && (
        <ul className={styles.list} aria-label={t.used}>
          {read.sheets.map((x) => (
            <li key={x.sheet}>
              <Text>{t.sheetYear(x.sheet, x.year)}</Text>
            </li>
          ))}
          {read.withoutYear.map((x) => (
            <li key={x}>
              <Text>{t.withoutYear(x)}</Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Biểu đồ: native Excel charts of a summary sheet on "Biểu đồ", and the year-over-year charts on "Biểu đồ theo năm";
 * drawing again replaces only the add-in's charts.
 */
export function ChartsPage({ pane }: { pane: PaneModel }) {
  const s = usePaneStrings();
  const styles = usePageStyles();
  const services = useTaskpaneServices();
  const picker = useSheets(pane, SUMMARY_SHEET);
  const [drawn, setDrawn] = useState<readonly string[]>([]);
  const draw = async () => {
    const done = await pane.run(s.drawing, () => services.drawCharts(picker.sheet, pane.settings), (v) => {
      const merges = v.mergesUnread ? [s.mergesUnread] : [];
      return v.charts.length === 0
        ? { intent: "warning", text: s.notSummarySheet, details: merges }
        : { intent: v.warnings.length || merges.length ? "warning" : "success", text: s.drawn(v.charts.length), details: [...merges, ...v.warnings.map((w) => w.message)] };
    });
    if (done) setDrawn(done.charts);
  };
  return (
    <div className={styles.page}>
      <Text className={styles.muted}>{s.chartsHint}</Text>
      <SheetPicker picker={picker} busy={pane.busy} />
      <div className={styles.actions}>
        <Button appearance="primary" icon={<DataBarVertical20Regular />} onClick={() => void draw()} disabled={pane.busy || !picker.sheet}>
          {s.drawCharts}
        </Button>
      </div>
      {drawn.length > 0 && (
        <section className={styles.section} aria-label={s.chartsDrawn}>
          <Text as="h2" weight="semibold">
            {s.chartsDrawn}
          </Text>
          <ul className={styles.list}>
            {drawn.map((t) => (
              <li key={t}>
                <Text>{t}</Text>
              </li>
            ))}
          </ul>
        </section>
      )}
      <TrendSection pane={pane} />
    </div>
  );
}
