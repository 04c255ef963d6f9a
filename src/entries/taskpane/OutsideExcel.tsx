import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { HostCheck } from "./detect-host";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalXL, maxWidth: "40rem" },
  text: { margin: 0 },
  english: { margin: 0, color: tokens.colorNeutralForeground3 },
});

type Reason = Extract<HostCheck, { kind: "outside" }>["reason"];

const detail: Record<Reason, { vi: string; en: string }> = {
  "no-host": { vi: "Trang này đang mở trong trình duyệt, không phải trong Excel.", en: "This page is open in a browser, not in Excel." },
  "other-host": { vi: "Phần bổ trợ này chỉ chạy trong Excel.", en: "This add-in runs in Excel only." },
  "no-office-js": { vi: "Không tải được thư viện Office (office.js) — có thể đang ngoại tuyến.", en: "office.js could not be loaded — you may be offline." },
};

/** The dashboard opens in a new window: navigating this page away would unload the shared runtime and its functions. */
function DashboardLink({ children }: { children: string }) {
  return (
    <Link href="dashboard.html" target="_blank" rel="noopener">
      {children}
    </Link>
  );
}

/** Said plainly when the task pane is opened outside Excel, with the way to the offline dashboard. */
export function OutsideExcel({ reason }: { reason: Reason }) {
  const styles = useStyles();
  return (
    <main className={styles.root} data-testid="outside-excel">
      <Text as="h1" size={600} weight="semibold" className={styles.text}>
        XHHT đang chạy ngoài Excel
      </Text>
      <Text as="p" className={styles.text}>
        {detail[reason].vi} Để kiểm tra báo cáo mà không cần Excel, hãy mở <DashboardLink>Bảng điều khiển (dashboard.html)</DashboardLink> trong cửa sổ mới.
      </Text>
      <Text as="p" lang="en" className={styles.english}>
        XHHT is running outside Excel. {detail[reason].en} To check reports without Excel, open the{" "}
        <DashboardLink>dashboard</DashboardLink> in a new window.
      </Text>
    </main>
  );
}
