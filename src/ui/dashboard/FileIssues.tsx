import { Button, Subtitle2 } from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import { useMemo } from "react";
import type { FileCheck } from "../../app/check-files";
import { IssueList, IssueSummary, useStrings, VerdictExplanation } from "../shared";
import { issuesOf } from "./dashboard-model";
import { useDashboardStyles } from "./Dashboard.styles";

/** One file's drill-down: its issue counts, its issue list and, for subject lists, the first verdicts. */
export function FileIssues({ check, onClose }: { check: FileCheck; onClose: () => void }) {
  const s = useStrings();
  const styles = useDashboardStyles();
  const issues = useMemo(() => issuesOf(check), [check]);
  const verdicts = useMemo(() => (check.report?.sheets ?? []).flatMap((sh) => sh.verdicts).slice(0, 20), [check]);
  const title = s.issuesOf(check.path);
  return (
    <section className={styles.section} aria-label={title} data-testid="file-issues">
      <div className={styles.sectionHead}>
        <Subtitle2 as="h2">{title}</Subtitle2>
        <Button size="small" icon={<Dismiss16Regular />} onClick={onClose}>
          {s.closeIssues}
        </Button>
      </div>
      {check.report && <IssueSummary counts={check.report.counts} />}
      <IssueList issues={issues} label={title} />
      {verdicts.map((v) => (
        <VerdictExplanation key={`${v.row}-${v.subject}`} verdict={v.verdict} subject={v.subject} />
      ))}
    </section>
  );
}
