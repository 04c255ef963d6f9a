import { mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { GroupSum, RollupLine, RollupResult } from "../../core/aggregation";
import { formatNumber, useLang, useStrings } from "../shared";
import { useDashboardStyles } from "./Dashboard.styles";

const FIELDS = ["total", "registered", "recognised", "rate"] as const;

/** The roll-up table (bảng tổng hợp): per unit and model, tổng số / đăng ký / công nhận / tỷ lệ, and "Tổng cộng". */
export function RollupTable({ result, groups }: { result: RollupResult; groups: readonly { id: string; label: string }[] }) {
  const s = useStrings();
  const lang = useLang();
  const styles = useDashboardStyles();
  const head = { total: s.total, registered: s.registered, recognised: s.recognised, rate: s.rate };
  const cells = (line: RollupLine) =>
    groups.flatMap((g) =>
      FIELDS.map((f, k) => {
        const v = (line.groups[g.id] as GroupSum | undefined)?.[f] ?? null;
        return (
          <TableCell key={`${g.id}-${f}`} className={mergeClasses(styles.number, k === 0 && styles.groupStart)} data-group={g.id} data-field={f} data-value={v ?? ""}>
            {formatNumber(v, f === "rate" ? 1 : 0, lang)}
          </TableCell>
        );
      }),
    );
  return (
    <div className={styles.scroll}>
      <Table size="small" aria-label={s.rollupHeading} data-testid="rollup-table" className={styles.autoTable}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell rowSpan={2}>STT</TableHeaderCell>
            <TableHeaderCell rowSpan={2}>{s.unit}</TableHeaderCell>
            {groups.map((g) => (
              <TableHeaderCell key={g.id} colSpan={4} className={styles.groupHead} scope="colgroup">
                {g.label}
              </TableHeaderCell>
            ))}
          </TableRow>
          <TableRow>
            {groups.flatMap((g) =>
              FIELDS.map((f) => (
                <TableHeaderCell key={`${g.id}-${f}`} className={styles.number}>
                  {head[f]}
                </TableHeaderCell>
              )),
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.lines.map((l, i) => (
            <TableRow key={`${l.kind}-${l.code}-${i}`} data-line={l.code}>
              <TableCell>{i + 1}</TableCell>
              <TableCell className={styles.unitName}>{l.kind === "split" ? s.splitLine(l.name) : l.name}</TableCell>
              {cells(l)}
            </TableRow>
          ))}
          <TableRow className={styles.totalRow} data-testid="rollup-total">
            <TableCell />
            <TableCell>{s.grandTotal}</TableCell>
            {cells(result.total)}
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}
