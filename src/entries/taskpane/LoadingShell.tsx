import { Spinner, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({ root: { padding: tokens.spacingHorizontalXL } });

/** Shown while Office starts, and where the task pane app mounts inside Excel until it is composed in app.tsx. */
export function LoadingShell() {
  const styles = useStyles();
  return (
    <main className={styles.root} data-testid="taskpane-loading">
      <Spinner label="XHHT — đang tải" />
    </main>
  );
}
