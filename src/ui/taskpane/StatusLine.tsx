import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useTaskpaneStyles } from "./Taskpane.styles";
import type { Status } from "./usePane";

/** The status line (dòng trạng thái): progress while an action runs, then its Vietnamese outcome or failure. */
export function StatusLine({ status }: { status: Status }) {
  const styles = useTaskpaneStyles();
  return (
    <div className={styles.status} role="status" aria-live="polite" data-testid="status">
      {status.kind === "busy" && <Spinner size="tiny" label={status.text} />}
      {status.kind === "done" && (
        <MessageBar intent={status.intent} data-intent={status.intent}>
          <MessageBarBody>
            {status.text}
            {status.details && status.details.length > 0 && (
              <ul>
                {status.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
