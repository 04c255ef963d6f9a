import { MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useMemo } from "react";
import type { FileCheck } from "../../app/check-files";
import { fileCoverage } from "../../app/consolidate";
import { useStrings } from "../shared";
import { useDashboardStyles } from "./Dashboard.styles";

/** Every file the roll-up leaves out (not checked, unreadable, no summary) and every model a counted file lacks. */
export function LeftOutList({ checks }: { checks: readonly FileCheck[] }) {
  const s = useStrings();
  const styles = useDashboardStyles();
  const lines = useMemo(
    () =>
      fileCoverage(checks).flatMap((f) => {
        if (f.status === "unreadable") return [s.leftOutUnreadable(f.path)];
        if (f.status === "empty") return [s.leftOutEmpty(f.path)];
        if (f.status !== "checked") return [s.leftOutUnchecked(f.path)];
        if (!f.inRollup) return [s.leftOutNoSummary(f.path)];
        return f.lacking.length > 0 ? [s.leftOutModels(f.path, f.lacking.join(", "))] : [];
      }),
    [checks, s],
  );
  if (lines.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <Text weight="semibold">{s.leftOutHeading}</Text>
        <ul className={styles.notes} data-testid="rollup-left-out">
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
