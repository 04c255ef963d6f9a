import { Text } from "@fluentui/react-components";
import type { IssueCounts } from "../../core/validation/report";
import type { Severity } from "../../core/validation/issue";
import { issueKindLabel } from "../../core/messages";
import type { IssueCode } from "../../core/validation/issue";
import { useLang, useStrings } from "./i18n/language";
import { useIssueSummaryStyles } from "./IssueSummary.styles";
import { SeverityBadge } from "./SeverityBadge";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Counts of issues per severity and per kind (thống kê lỗi). */
export function IssueSummary({ counts }: { counts: IssueCounts }) {
  const s = useStrings();
  const lang = useLang();
  const styles = useIssueSummaryStyles();
  const kinds = Object.entries(counts.byCode).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
  return (
    <section className={styles.root} aria-label={s.issueSummary}>
      <div className={styles.severities}>
        {SEVERITIES.map((sev) => (
          <span key={sev} data-testid={`count-${sev}`}>
            <SeverityBadge severity={sev} /> <Text weight="semibold">{counts[sev]}</Text>
          </span>
        ))}
      </div>
      {kinds.length > 0 && (
        <ul className={styles.kinds}>
          {kinds.map(([code, n]) => (
            <li key={code}>
              <Text title={code}>{`${issueKindLabel(code as IssueCode, lang)}: ${n}`}</Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
