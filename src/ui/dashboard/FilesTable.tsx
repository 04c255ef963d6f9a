import { Badge, Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { ArrowDownload16Regular } from "@fluentui/react-icons";
import type { FileCheck } from "../../app/check-files";
import { receiptLabel } from "../../core/status";
import { useLang, useStrings } from "../shared";
import { fileStatus, reportYearOf, templatesOf, type FileStatus } from "./dashboard-model";
import { useDashboardStyles } from "./Dashboard.styles";

const COLOR = { ok: "success", "has-errors": "danger", unchecked: "warning", empty: "informative", unreadable: "severe" } as const;

/** Props of the files table: the checks, the chosen file, and the intents it raises. */
export interface FilesTableProps {
  readonly checks: readonly FileCheck[];
  readonly selected: string | null;
  readonly onSelect: (path: string) => void;
  readonly onExportIssues: (c: FileCheck) => void;
  readonly exporting: boolean;
}

/** The table of files (danh sách tệp): name, status with the reason and check receipt, errors, warnings, report year, template. */
export function FilesTable({ checks, selected, onSelect, onExportIssues, exporting }: FilesTableProps) {
  const s = useStrings();
  const lang = useLang();
  const styles = useDashboardStyles();
  const label: Record<FileStatus, string> = { ok: s.statusOk, "has-errors": s.statusHasErrors, unchecked: s.statusUnchecked, empty: s.statusEmpty, unreadable: s.statusUnreadable };
  return (
    <Table size="small" aria-label={s.filesHeading} data-testid="files-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{s.fileName}</TableHeaderCell>
          <TableHeaderCell>{s.status}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{s.errors}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{s.warnings}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{s.reportYear}</TableHeaderCell>
          <TableHeaderCell>{s.template}</TableHeaderCell>
          <TableHeaderCell>
            <span className={styles.srOnly}>{s.showIssues}</span>
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {checks.map((c) => {
          const status = fileStatus(c);
          const counts = c.report?.counts;
          const open = selected === c.path;
          return (
            <TableRow key={c.path} data-file={c.path} data-status={status} aria-selected={open}>
              <TableCell>{c.path}</TableCell>
              <TableCell>
                <Badge appearance="tint" color={COLOR[status]}>
                  {label[status]}
                </Badge>
                {c.error && <Text size={200} className={styles.reason}>{c.error.message}</Text>}
                {status === "unchecked" && <Text size={200} className={styles.reason}>{s.uncheckedHint}</Text>}
                {c.mapProblems?.map((p) => (
                  <Text key={p} size={200} className={styles.reason} data-field="map-problem">
                    {p}
                  </Text>
                ))}
                {c.receipt && (
                  <Text size={200} className={styles.reason} data-field="receipt" data-receipt={c.receipt.kind}>
                    {receiptLabel(c.receipt, lang)}
                  </Text>
                )}
              </TableCell>
              <TableCell className={styles.number} data-field="errors">{counts?.error ?? ""}</TableCell>
              <TableCell className={styles.number} data-field="warnings">{counts?.warning ?? ""}</TableCell>
              <TableCell className={styles.number}>{reportYearOf(c) ?? ""}</TableCell>
              <TableCell>{templatesOf(c).join(", ")}</TableCell>
              <TableCell>
                {c.report && (
                  <div className={styles.actions}>
                    <Button size="small" aria-expanded={open} aria-label={`${s.showIssues}: ${c.path}`} onClick={() => onSelect(c.path)}>
                      {s.showIssues}
                    </Button>
                    <Button size="small" icon={<ArrowDownload16Regular />} disabled={exporting} aria-label={`${s.exportIssues}: ${c.path}`} onClick={() => onExportIssues(c)}>
                      {s.exportIssues}
                    </Button>
                  </div>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
