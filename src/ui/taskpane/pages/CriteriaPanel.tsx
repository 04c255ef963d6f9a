import { Badge, Button, Field, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { BUILTIN_SETS, TITLE_IDS, basisText, describePeriod, recogniserOn, selectSet, valueEntries, withOverrides, yearEnd, type TitleId } from "../../../core/criteria";
import { useLang } from "../../shared/i18n/language";
import { usePaneStrings } from "../i18n/usePaneStrings";
import { usePageStyles } from "../Taskpane.styles";
import type { PaneModel } from "../usePane";
import type { EligibilityModel } from "./useEligibilityPage";

/** A title's name from the first built-in set for it, without the legal reference in brackets. */
const titleName = (t: TitleId) => (BUILTIN_SETS.find((x) => x.title === t)?.name ?? t).replace(/\s*\(.*\)$/, "");

/** The criteria set in use for a title and year, its values marked "chưa xác nhận" where provisional, and the sheet buttons. */
export function CriteriaPanel({ pane, page }: { pane: PaneModel; page: EligibilityModel }) {
  const s = usePaneStrings();
  const lang = useLang();
  const styles = usePageStyles();
  const picked = pane.settings.criteriaSetId === "auto" ? undefined : BUILTIN_SETS.find((x) => x.id === pane.settings.criteriaSetId);
  const sets = withOverrides([...(picked ? [{ ...picked, origin: "file" as const, validFrom: null, validTo: null }] : []), ...pane.overrides]);
  const set = selectSet(page.title, yearEnd(page.year), sets);
  const fromSheet = set !== undefined && pane.overrides.some((o) => o.id === set.id);
  const recogniser = set ? recogniserOn(set, yearEnd(page.year)) : undefined;
  return (
    <section className={styles.section} aria-label={s.criteriaHeading}>
      <Text as="h2" weight="semibold">
        {s.criteriaHeading}
      </Text>
      <Field label={s.title}>
        <Select value={page.title} onChange={(_, d) => page.setTitle(d.value as TitleId)}>
          {TITLE_IDS.map((t) => (
            <option key={t} value={t}>
              {titleName(t)}
            </option>
          ))}
        </Select>
      </Field>
      {!set ? (
        <Text>{s.noSetInForce}</Text>
      ) : (
        <div className={styles.card} data-testid="criteria-set">
          <Text weight="semibold">
            {s.setLine(set.name, set.version)}
            {fromSheet ? ` — ${s.fromSheet}` : ""}
          </Text>
          <Text size={200}>{s.basis(basisText(set))}</Text>
          <Text size={200} data-testid="criteria-period">
            {describePeriod(set, lang)}
          </Text>
          {recogniser && (
            <Text size={200} data-testid="criteria-recogniser">
              {s.recogniser(recogniser.name)}{" "}
              {recogniser.confidence === "P" && (
                <Badge appearance="outline" color="warning" size="small">
                  {s.provisional}
                </Badge>
              )}
            </Text>
          )}
          <Table size="extra-small" aria-label={s.valuesTable}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{s.valueName}</TableHeaderCell>
                <TableHeaderCell>{s.value}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {valueEntries(set).map((e) => (
                <TableRow key={e.path}>
                  <TableCell>{e.label}</TableCell>
                  <TableCell>
                    {e.kind === "required" ? s.requiredItem : `${e.threshold.value}${e.percent ? "%" : ""}`}{" "}
                    {e.threshold.confidence === "P" && (
                      <Badge appearance="outline" color="warning" size="small">
                        {s.provisional}
                      </Badge>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <div className={styles.actions}>
        <Button onClick={() => void page.writeCriteria()} disabled={pane.busy}>
          {s.writeCriteria}
        </Button>
        <Button onClick={() => void page.readCriteria()} disabled={pane.busy}>
          {s.readCriteria}
        </Button>
      </div>
    </section>
  );
}
