import { Button, Field, Input, Select } from "@fluentui/react-components";
import { Save20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import { BUILTIN_SETS } from "../../../core/criteria";
import { usePaneStrings } from "../i18n/usePaneStrings";
import { SCOPES, type TaskpaneSettings } from "../settings.schema";
import { usePageStyles } from "../Taskpane.styles";
import { ProfileSection } from "./ProfileSection";
import type { PaneModel } from "../usePane";

/** Cài đặt: report year, administrative scope, criteria set and language, stored in the workbook; the province profile. */
export function SettingsPage({ pane }: { pane: PaneModel }) {
  const s = usePaneStrings();
  const styles = usePageStyles();
  const [draft, setDraft] = useState<TaskpaneSettings>(pane.settings);
  const [year, setYear] = useState(pane.settings.reportYear === null ? "" : String(pane.settings.reportYear));
  const yearOk = year.trim() === "" || (/^\d{4}$/.test(year.trim()) && Number(year) >= 2000 && Number(year) <= 2100);
  const scopeLabel: Record<(typeof SCOPES)[number], string> = { "15": s.scope15, "10": s.scope10 };
  const save = () => {
    if (!yearOk) return;
    void pane.saveSettings({ ...draft, reportYear: year.trim() === "" ? null : Number(year) });
  };
  return (
    <div className={styles.page}>
      <Field label={s.reportYear} validationMessage={yearOk ? undefined : s.yearInvalid}>
        <Input value={year} inputMode="numeric" onChange={(_, d) => setYear(d.value)} />
      </Field>
      <Field label={s.adminScope}>
        <Select value={draft.scope ?? ""} onChange={(_, d) => setDraft({ ...draft, scope: d.value === "" ? null : (d.value as TaskpaneSettings["scope"]) })}>
          {SCOPES.map((c) => (
            <option key={c} value={c}>
              {scopeLabel[c]}
            </option>
          ))}
          <option value="">{s.scopeNone}</option>
        </Select>
      </Field>
      <Field label={s.criteriaSet}>
        <Select value={draft.criteriaSetId} onChange={(_, d) => setDraft({ ...draft, criteriaSetId: d.value })}>
          <option value="auto">{s.criteriaAuto}</option>
          {BUILTIN_SETS.map((set) => (
            <option key={set.id} value={set.id}>
              {set.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.language}>
        <Select value={draft.lang} onChange={(_, d) => setDraft({ ...draft, lang: d.value === "en" ? "en" : "vi" })}>
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<Save20Regular />} onClick={save} disabled={pane.busy || !yearOk}>
          {s.save}
        </Button>
      </div>
      <ProfileSection pane={pane} />
    </div>
  );
}
