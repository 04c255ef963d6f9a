import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import type { KeyboardEvent } from "react";
import { issueKindLabel, issueMessage, type Lang } from "../../core/messages";
import { formatNumber } from "./format-number";
import type { Issue, IssueCode, PlainValue } from "../../core/validation/issue";
import { useLang, useStrings } from "./i18n/language";
import { useIssueListStyles } from "./IssueList.styles";
import { SeverityBadge } from "./SeverityBadge";
import { useIssueList } from "./useIssueList";

/** Props of the issue list: the issues (any number; one page is drawn at a time) and what to do when one is chosen. */
export interface IssueListProps {
  readonly issues: readonly Issue[];
  readonly onSelect?: (issue: Issue) => void;
  readonly pageSize?: number;
  /** Accessible name of the table. */
  readonly label?: string;
  /** Two columns (place, then message with value and suggestion) for a narrow task pane. */
  readonly compact?: boolean;
}

/** A value read or proposed, numbers in the reader's convention ("90,5" in Vietnamese), everything else as typed. */
const shownValue = (v: PlainValue | undefined, lang: Lang): string => {
  if (v === undefined || v === null) return "";
  if (typeof v === "number") return formatNumber(v, Number.isInteger(v) ? 0 : Math.min(4, String(v).split(".")[1]?.length ?? 0), lang);
  return String(v);
};

/** The list of issues (danh sách lỗi) with its filters: errors only, by kind (with counts), by row; paginated. */
export function IssueList({ issues, onSelect, pageSize = 50, label, compact = false }: IssueListProps) {
  const s = useStrings();
  const lang = useLang();
  const styles = useIssueListStyles();
  const list = useIssueList(issues, pageSize);
  if (issues.length === 0) return <Text>{s.noIssues}</Text>;
  const choose = (i: Issue) => onSelect?.(i);
  const show = (v: PlainValue | undefined) => shownValue(v, lang);
  const onKey = (e: KeyboardEvent, i: Issue) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      choose(i);
    }
  };
  return (
    <div className={styles.root}>
      <div className={styles.filters}>
        <Checkbox label={s.errorsOnly} checked={list.filters.errorsOnly} onChange={(_, d) => list.setErrorsOnly(d.checked === true)} />
        <Field label={s.byCode}>
          <Select value={list.filters.code} onChange={(_, d) => list.setCode(d.value as IssueCode | "")}>
            <option value="">{`${s.allCodes} (${issues.length})`}</option>
            {list.codes.map((c) => (
              <option key={c.code} value={c.code}>{`${issueKindLabel(c.code, lang)} (${c.count})`}</option>
            ))}
          </Select>
        </Field>
        <Field label={s.byRow}>
          <Input
            className={styles.rowInput}
            type="number"
            min={1}
            value={list.filters.row === null ? "" : String(list.filters.row)}
            onChange={(_, d) => list.setRow(/^\d+$/.test(d.value) ? Number(d.value) : null)}
          />
        </Field>
        <Text aria-live="polite">{s.shownOf(list.filteredCount, issues.length)}</Text>
      </div>
      {list.filteredCount === 0 ? (
        <Text>{s.noMatches}</Text>
      ) : (
        <Table size="small" aria-label={label ?? s.issueSummary} className={compact ? styles.compactTable : undefined}>
          <TableHeader>
            {compact ? (
              <TableRow>
                <TableHeaderCell className={styles.place}>{s.cell}</TableHeaderCell>
                <TableHeaderCell>{s.message}</TableHeaderCell>
              </TableRow>
            ) : (
              <TableRow>
                <TableHeaderCell className={styles.narrow}>{s.severity}</TableHeaderCell>
                {list.multiSheet && <TableHeaderCell>{s.sheet}</TableHeaderCell>}
                <TableHeaderCell className={styles.cell}>{s.cell}</TableHeaderCell>
                <TableHeaderCell>{s.message}</TableHeaderCell>
                <TableHeaderCell>{s.valueRead}</TableHeaderCell>
                <TableHeaderCell>{s.suggestion}</TableHeaderCell>
              </TableRow>
            )}
          </TableHeader>
          <TableBody>
            {list.rows.map((i, k) => (
              <TableRow
                key={`${i.where.sheet}!${i.where.address}-${i.code}-${k}`}
                className={onSelect ? styles.row : undefined}
                data-code={i.code}
                {...(onSelect ? { tabIndex: 0, onClick: () => choose(i), onKeyDown: (e: KeyboardEvent) => onKey(e, i) } : {})}
              >
                {compact ? (
                  <>
                    <TableCell className={styles.place}>
                      <SeverityBadge severity={i.severity} />
                      <span className={styles.address}>{list.multiSheet ? `${i.where.sheet}!${i.where.address}` : i.where.address}</span>
                    </TableCell>
                    <TableCell>
                      <Text block>{issueMessage(i, lang)}</Text>
                      {(i.input !== undefined || i.fix) && (
                        <Text size={200} className={styles.detail}>
                          {i.input !== undefined ? `${s.valueRead}: ${show(i.input)}` : ""}
                          {i.fix ? `${i.input !== undefined ? " → " : ""}${s.suggestion}: ${show(i.fix.value)}` : ""}
                        </Text>
                      )}
                    </TableCell>
                  </>
                ) : (
                  <>
                    <TableCell>
                      <SeverityBadge severity={i.severity} />
                    </TableCell>
                    {list.multiSheet && <TableCell>{i.where.sheet}</TableCell>}
                    <TableCell className={styles.address}>{i.where.address}</TableCell>
                    <TableCell>{issueMessage(i, lang)}</TableCell>
                    <TableCell>{show(i.input)}</TableCell>
                    <TableCell>{i.fix ? show(i.fix.value) : ""}</TableCell>
                  </>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {list.pageCount > 1 && (
        <div className={styles.pager}>
          <Button size="small" disabled={list.page === 0} onClick={list.previousPage}>
            {s.previous}
          </Button>
          <Text>{s.page(list.page + 1, list.pageCount)}</Text>
          <Button size="small" disabled={list.page >= list.pageCount - 1} onClick={list.nextPage}>
            {s.next}
          </Button>
        </div>
      )}
    </div>
  );
}
