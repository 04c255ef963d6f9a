import { Button, MessageBar, MessageBarBody, Subtitle2, Title2 } from "@fluentui/react-components";
import { Translate20Regular } from "@fluentui/react-icons";
import { SvgChart, useStrings } from "../shared";
import { CheckProgress } from "./CheckProgress";
import { useDashboardStyles } from "./Dashboard.styles";
import { DropZone } from "./DropZone";
import { FileIssues } from "./FileIssues";
import { FilesTable } from "./FilesTable";
import { ProvinceForms } from "./ProvinceForms";
import { StatusPanel } from "./province";
import { RollupSection } from "./RollupSection";
import { useDashboardState } from "./useDashboardState";

/**
 * The dashboard page (bảng điều khiển tổng hợp): open or drop commune workbooks, see each file's standing and issues,
 * the roll-up with its charts, and export. Services come from DashboardServicesContext.
 */
export function DashboardApp({ onSwitchLanguage }: { onSwitchLanguage?: () => void }) {
  const s = useStrings();
  const styles = useDashboardStyles();
  const st = useDashboardState();
  return (
    <main className={styles.page}>
      <header className={styles.header}>
        <Title2 as="h1">{s.appTitle}</Title2>
        {onSwitchLanguage && (
          <Button appearance="subtle" icon={<Translate20Regular />} onClick={onSwitchLanguage}>
            {s.switchLanguage}
          </Button>
        )}
      </header>
      <DropZone onFiles={(f) => void st.openFiles(f)} />
      <ProvinceForms loaded={st.forms} errors={st.formsErrors} onLoad={(f) => void st.loadForms(f)} disabled={st.progress !== null} />
      {st.progress && <CheckProgress done={st.progress.done} total={st.progress.total} />}
      {st.source === "samples" && (
        <MessageBar intent="info" data-testid="samples-notice">
          <MessageBarBody>{s.samplesNotice}</MessageBarBody>
        </MessageBar>
      )}
      {st.samplesFailed && st.checks.length === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{s.samplesFailed}</MessageBarBody>
        </MessageBar>
      )}
      {st.exportFailed && (
        <MessageBar intent="error">
          <MessageBarBody>{s.exportFailed}</MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.section} aria-labelledby="files-heading">
        <Subtitle2 as="h2" id="files-heading">
          {s.filesHeading}
        </Subtitle2>
        {st.checks.length === 0 && !st.progress ? (
          <p>{s.noFiles}</p>
        ) : (
          <div className={styles.scroll}>
            <FilesTable checks={st.checks} selected={st.selected?.path ?? null} onSelect={st.select} onExportIssues={(c) => void st.exportIssues(c)} exporting={st.exporting} />
          </div>
        )}
      </section>
      {st.selected && <FileIssues check={st.selected} onClose={() => st.select(null)} />}
      {st.checks.length > 0 && !st.progress && (
        <StatusPanel checks={st.checks} exporting={st.exporting} profile={st.profile} builtIn={st.builtInProfile} problems={st.profileProblems} onLoadProfile={(f) => void st.loadProfile(f)} />
      )}
      {st.rollup && st.checks.length > 0 && (
        <RollupSection
          result={st.rollup}
          checks={st.checks}
          canByDistrict={st.canByDistrict}
          level={st.level}
          onLevel={st.setLevel}
          onExport={() => void st.exportConsolidated()}
          exporting={st.exporting}
        />
      )}
      {st.charts.length > 0 && (
        <section className={styles.section} aria-labelledby="charts-heading">
          <Subtitle2 as="h2" id="charts-heading">
            {s.chartsHeading}
          </Subtitle2>
          <div className={styles.charts}>
            {st.charts.map((c) => (
              <SvgChart key={c.id} spec={c} />
            ))}
          </div>
        </section>
      )}
    </main>
  );
}
