import { Button, Field, Select, Text } from "@fluentui/react-components";
import { ArrowExportLtr20Regular, ArrowImport20Regular, Save20Regular, TableSimple20Regular } from "@fluentui/react-icons";
import { useRef } from "react";
import { columnLetter } from "../../../core/grid/a1";
import { BUILTIN_TEMPLATES } from "../../../core/templates/builtin";
import type { Template } from "../../../core/templates/template.schema";
import { usePaneStrings } from "../i18n/usePaneStrings";
import { usePageStyles } from "../Taskpane.styles";
import type { ColumnMapModel } from "./useColumnMap";

/** A template's fields for a dropdown: the general ones first, then one group per learning model. */
function FieldOptions({ template, common }: { template: Template; common: string }) {
  const general = template.fields.filter((f) => !f.group);
  return (
    <>
      <optgroup label={common}>
        {general.map((f) => (
          <option key={f.id} value={f.id}>
            {f.label}
          </option>
        ))}
      </optgroup>
      {template.groups.map((g) => (
        <optgroup key={g.id} label={g.label}>
          {template.fields
            .filter((f) => f.group === g.id)
            .map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
        </optgroup>
      ))}
    </>
  );
}

/**
 * "Ghép cột": for a sheet no template recognised, or with unknown or unconfirmed columns, each header with a dropdown
 * of the template's fields (pre-filled with the best guess); "Lưu và kiểm tra" saves the map in the workbook and checks.
 * The workbook's maps can be exported as a template file and a province's file imported.
 */
export function ColumnMapPanel({ map, busy }: { map: ColumnMapModel; busy: boolean }) {
  const s = usePaneStrings();
  const styles = usePageStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className={styles.section} aria-label={s.mapHeading} data-testid="column-map">
      <Text as="h2" weight="semibold">
        {s.mapHeading}
      </Text>
      {map.needing.length > 0 && !map.draft && (
        <>
          <Text>{s.mapOffer}</Text>
          <div className={styles.actions}>
            <Field label={s.mapSheet}>
              <Select value={map.sheet} onChange={(_, d) => map.setSheet(d.value)}>
                {map.needing.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </Select>
            </Field>
            <Button icon={<TableSimple20Regular />} onClick={() => void map.open()} disabled={busy}>
              {s.mapOpen}
            </Button>
          </div>
        </>
      )}
      {map.draft && (
        <div className={styles.card} data-testid="column-map-form">
          <Field label={s.mapTemplate}>
            <Select value={map.template.id} onChange={(_, d) => map.setTemplateId(d.value)}>
              {BUILTIN_TEMPLATES.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.title}
                </option>
              ))}
            </Select>
          </Field>
          {map.draft.columns.length === 0 && <Text>{s.mapNoHeader}</Text>}
          {map.draft.columns.map((c) => (
            <Field key={c.col} label={s.mapColumn(columnLetter(c.col), c.header)}>
              <Select value={map.choices[c.col] ?? ""} data-col={columnLetter(c.col)} onChange={(_, d) => map.choose(c.col, d.value)}>
                <option value="">{s.mapIgnore}</option>
                <FieldOptions template={map.template} common={s.mapCommon} />
              </Select>
            </Field>
          ))}
          {map.needsName && <Text role="alert">{s.mapNeedsName}</Text>}
          <div className={styles.actions}>
            <Button appearance="primary" icon={<Save20Regular />} onClick={() => void map.save()} disabled={busy || map.draft.columns.length === 0}>
              {s.mapSave}
            </Button>
            <Button onClick={map.cancel} disabled={busy}>
              {s.cancel}
            </Button>
          </div>
        </div>
      )}
      <div className={styles.actions}>
        <Button icon={<ArrowExportLtr20Regular />} onClick={() => void map.exportFile()} disabled={busy}>
          {s.mapExport}
        </Button>
        <Button icon={<ArrowImport20Regular />} onClick={() => input.current?.click()} disabled={busy}>
          {s.mapImport}
        </Button>
        <input
          ref={input}
          hidden
          type="file"
          accept=".json,application/json"
          aria-label={s.mapImport}
          data-testid="map-import-input"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void map.importFile(f);
            e.target.value = "";
          }}
        />
      </div>
      {map.importErrors && (
        <div role="alert" data-testid="map-import-errors">
          <Text weight="semibold">{s.mapImportFailed}</Text>
          <ul className={styles.list}>
            {map.importErrors.map((e) => (
              <li key={e}>
                <Text size={200}>{e}</Text>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
