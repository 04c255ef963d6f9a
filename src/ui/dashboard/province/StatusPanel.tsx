import { Button, MessageBar, MessageBarBody, Select, Subtitle2, Text, ToggleButton } from "@fluentui/react-components";
import { ArrowDownload20Regular, DocumentArrowUp20Regular } from "@fluentui/react-icons";
import { useRef } from "react";
import type { FileCheck } from "../../../app/check-files";
import type { LoadedProfile } from "../../../core/province";
import { statusLabel, UNIT_STATUSES } from "../../../core/status";
import { useLang } from "../../shared";
import { useDashboardStyles } from "../Dashboard.styles";
import { useProvinceStrings } from "./strings";
import { FileLines, StatusTable } from "./StatusTable";
import { TrendPanel } from "./TrendPanel";
import { useProvinceDesk } from "./useProvinceDesk";

const pad = (n: number) => String(n).padStart(2, "0");

/** Props of the status panel: the checks, and the dashboard's profile (the checks used it) with its intents. */
export interface StatusPanelProps {
  readonly checks: readonly FileCheck[];
  readonly exporting: boolean;
  readonly profile: LoadedProfile;
  readonly builtIn: boolean;
  /** Why the last profile file was refused (nothing changed then). */
  readonly problems: readonly string[];
  readonly onLoadProfile: (file: File) => void;
}

/**
 * The province's desk (tình hình nộp báo cáo): every unit of the profile's roster with one status, the files that
 * could not be placed (the officer chooses their unit), the next deadline, a status filter, and the export.
 */
export function StatusPanel({ checks, exporting, profile, builtIn, problems, onLoadProfile }: StatusPanelProps) {
  const t = useProvinceStrings();
  const lang = useLang();
  const styles = useDashboardStyles();
  const desk = useProvinceDesk(checks, profile);
  const input = useRef<HTMLInputElement>(null);
  const list = desk.list.ok ? desk.list.value : null;
  const d = list?.nextDeadline ?? null;
  return (
    <section className={styles.section} aria-labelledby="status-heading" data-testid="status-panel">
      <div className={styles.sectionHead}>
        <Subtitle2 as="h2" id="status-heading">
          {t.heading}
        </Subtitle2>
        <div className={styles.actions}>
          <Button icon={<DocumentArrowUp20Regular />} onClick={() => input.current?.click()}>
            {t.loadProfile}
          </Button>
          <input
            ref={input}
            type="file"
            accept=".json,application/json"
            className={styles.srOnly}
            tabIndex={-1}
            aria-hidden
            data-testid="profile-input"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = "";
              if (f) onLoadProfile(f);
            }}
          />
          <Button appearance="primary" icon={<ArrowDownload20Regular />} disabled={exporting || list === null} onClick={() => void desk.exportList()}>
            {t.export}
          </Button>
        </div>
      </div>
      <Text data-testid="profile-name">{t.profile(desk.profile.name, builtIn)}</Text>
      {problems.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="profile-problems">
          <MessageBarBody>
            <Text weight="semibold">{t.profileRefused}</Text>
            <ul className={styles.notes}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <label>
        {`${t.year}: `}
        <Select value={String(desk.year)} onChange={(_, v) => desk.setYear(Number(v.value))} aria-label={t.year}>
          {desk.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </label>
      {!desk.list.ok && (
        <MessageBar intent="warning">
          <MessageBarBody>{desk.list.error}</MessageBarBody>
        </MessageBar>
      )}
      {list && (
        <>
          <Text data-testid="status-deadline">{d === null ? t.noDeadline : t.deadline(d.deadline.label, `${pad(d.date.day)}/${pad(d.date.month)}/${d.date.year}`, d.daysLeft)}</Text>
          <div className={styles.actions} data-testid="status-summary" role="group" aria-label={t.summary(list.summary.expected)}>
            <Text>{t.summary(list.summary.expected)}</Text>
            <ToggleButton size="small" checked={desk.filter === "all"} onClick={() => desk.setFilter("all")}>
              {t.all}
            </ToggleButton>
            {UNIT_STATUSES.map((s) => (
              <ToggleButton key={s} size="small" checked={desk.filter === s} data-count={s} onClick={() => desk.setFilter(s)}>
                {`${statusLabel(s, lang)}: ${list.summary[s]}`}
              </ToggleButton>
            ))}
          </div>
          <div className={styles.scroll}>
            <StatusTable units={desk.filter === "all" ? list.units : list.units.filter((u) => u.status === desk.filter)} />
          </div>
          {list.apart.length > 0 && (
            <div data-testid="status-apart">
              <Text weight="semibold">{t.apart}</Text>
              {list.apart.map((f) => (
                <div key={f.path} className={styles.actions}>
                  <FileLines file={f} />
                  <Select aria-label={t.assignFor(f.path.replace(/^.*[\\/]/, ""))} value="" onChange={(_, v) => v.value && desk.assign(f.path, v.value)}>
                    <option value="">{t.assign}</option>
                    {list.units.map((u) => (
                      <option key={u.unit.code} value={u.unit.code}>
                        {`${u.unit.name} (${u.unit.code})`}
                      </option>
                    ))}
                  </Select>
                </div>
              ))}
            </div>
          )}
        </>
      )}
      <TrendPanel checks={checks} profile={desk.profile} />
    </section>
  );
}
