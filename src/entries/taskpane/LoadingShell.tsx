import { Link, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalXL },
  english: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/** Shown while the pane waits for Excel (`Office.onReady`), however long it takes; `slow` adds a word that it still waits. */
export function LoadingShell({ slow = false }: { slow?: boolean }) {
  const styles = useStyles();
  return (
    <main className={styles.root} data-testid="taskpane-loading" aria-busy="true">
      <Spinner label="Đang kết nối với Excel… / Connecting to Excel…" />
      {slow && (
        <>
          <Text as="p">
            Excel phản hồi chậm; XHHT vẫn đang chờ và sẽ mở ngay khi Excel sẵn sàng. Trong lúc chờ, có thể mở{" "}
            <Link href="dashboard.html" target="_blank" rel="noopener">
              Bảng điều khiển
            </Link>{" "}
            trong cửa sổ mới.
          </Text>
          <Text as="p" lang="en" className={styles.english}>
            Excel is slow to answer; XHHT keeps waiting and opens as soon as Excel is ready.
          </Text>
        </>
      )}
    </main>
  );
}
