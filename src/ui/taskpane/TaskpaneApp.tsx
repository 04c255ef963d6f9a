import { Button, Tab, TabList, Text } from "@fluentui/react-components";
import { useState } from "react";
import { LanguageProvider } from "../shared";
import { usePaneStrings } from "./i18n/usePaneStrings";
import { ChartsPage } from "./pages/ChartsPage";
import { CheckPage } from "./pages/CheckPage";
import { useCheckPage } from "./pages/useCheckPage";
import { EligibilityPage } from "./pages/EligibilityPage";
import { SettingsPage } from "./pages/SettingsPage";
import { TemplatePage } from "./pages/TemplatePage";
import { StatusLine } from "./StatusLine";
import { useTaskpaneStyles } from "./Taskpane.styles";
import { usePane, type PaneModel } from "./usePane";

/** The pages of the pane, in tab order. */
export const PAGES = ["check", "eligibility", "charts", "template", "settings"] as const;
/** A page of the pane. */
export type PageId = (typeof PAGES)[number];

/**
 * The task pane inside Excel (ngăn tác vụ XHHT): check, eligibility, charts, new sheet from a template, settings.
 * Its services come from TaskpaneServicesContext, provided by the entry; the language from the workbook's settings.
 */
export function TaskpaneApp({ initialPage = "check" }: { initialPage?: PageId }) {
  const pane = usePane();
  return (
    <LanguageProvider lang={pane.settings.lang}>
      <PaneFrame pane={pane} initialPage={initialPage} />
    </LanguageProvider>
  );
}

function PaneFrame({ pane, initialPage }: { pane: PaneModel; initialPage: PageId }) {
  const s = usePaneStrings();
  const styles = useTaskpaneStyles();
  const [page, setPage] = useState<PageId>(initialPage);
  // Kept above the tabs, so the last check and its preview survive a visit to another page.
  const check = useCheckPage(pane);
  const label: Record<PageId, string> = { check: s.tabCheck, eligibility: s.tabEligibility, charts: s.tabCharts, template: s.tabTemplate, settings: s.tabSettings };
  const toggleLang = () => void pane.saveSettings({ ...pane.settings, lang: pane.settings.lang === "vi" ? "en" : "vi" });
  return (
    <main className={styles.root} lang={pane.settings.lang}>
      <div className={styles.header}>
        <Text as="h1" size={500} weight="semibold">
          {s.appTitle}
        </Text>
        <Button size="small" appearance="subtle" onClick={toggleLang} disabled={pane.busy} aria-label={s.switchLanguageLabel}>
          {s.switchLanguage}
        </Button>
      </div>
      <TabList className={styles.tabs} selectedValue={page} onTabSelect={(_, d) => setPage(d.value as PageId)} aria-label={s.pages} size="small">
        {PAGES.map((p) => (
          <Tab key={p} value={p}>
            {label[p]}
          </Tab>
        ))}
      </TabList>
      <StatusLine status={pane.status} />
      <section role="tabpanel" aria-label={label[page]}>
        {page === "check" && <CheckPage pane={pane} page={check} />}
        {page === "eligibility" && <EligibilityPage pane={pane} />}
        {page === "charts" && <ChartsPage pane={pane} />}
        {page === "template" && <TemplatePage pane={pane} />}
        {page === "settings" && <SettingsPage key={pane.ready ? "ready" : "loading"} pane={pane} />}
      </section>
    </main>
  );
}
