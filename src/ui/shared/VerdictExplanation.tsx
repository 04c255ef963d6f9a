import { Badge, Text, type BadgeProps } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, DismissCircle16Filled } from "@fluentui/react-icons";
import { describeFailures, describeVerdict, outcomeLabel } from "../../core/criteria/describe";
import type { Outcome, Verdict } from "../../core/criteria/verdict";
import { useLang, useStrings } from "./i18n/language";
import { useVerdictStyles } from "./VerdictExplanation.styles";

const OUTCOME_COLOR: Record<Outcome, NonNullable<BadgeProps["color"]>> = {
  met: "success",
  "level-1": "success",
  "level-2": "success",
  good: "success",
  fair: "brand",
  average: "warning",
  "insufficient-data": "warning",
  "not-met": "danger",
  fail: "danger",
};

/** The Vietnamese names of a verdict's missing or unusable inputs (never raw ids). */
function missingLabels(v: Verdict): string[] {
  return v.missing.map((id) => v.criteria.find((c) => c.id === id && !c.met)?.label ?? id);
}

/**
 * Explains a verdict (giải thích kết quả xét danh hiệu): outcome, points, each criterion met or not with its label,
 * the failures phrased by core/messages/criteria, missing inputs, and the provisional flag (chưa xác nhận).
 */
export function VerdictExplanation({ verdict, subject }: { verdict: Verdict; subject?: string }) {
  const s = useStrings();
  const lang = useLang();
  const styles = useVerdictStyles();
  const label = outcomeLabel(verdict.outcome, lang);
  const failures = describeFailures(verdict, lang);
  return (
    <section className={styles.root} aria-label={subject ?? label}>
      <div className={styles.head}>
        {subject && <Text weight="semibold">{subject}</Text>}
        <Badge appearance="filled" color={OUTCOME_COLOR[verdict.outcome]} data-outcome={verdict.outcome}>
          {label}
        </Badge>
        {verdict.points !== undefined && <Text>{s.points(verdict.points, verdict.maxPoints)}</Text>}
        {verdict.provisional && (
          <Badge appearance="outline" color="warning">
            {s.provisional}
          </Badge>
        )}
      </div>
      <Text data-testid="verdict-line">{describeVerdict(verdict, lang)}</Text>
      <ul className={styles.list}>
        {verdict.criteria.map((c) => (
          <li key={c.id} className={styles.item} data-met={c.met}>
            {c.met ? <CheckmarkCircle16Filled className={styles.met} aria-hidden /> : <DismissCircle16Filled className={styles.notMet} aria-hidden />}
            <Text>
              <span className={c.met ? styles.met : styles.notMet}>{c.met ? s.criterionMet : s.criterionNotMet}</span>
              {`: ${c.label}`}
              {c.provisional ? ` (${s.provisional})` : ""}
            </Text>
          </li>
        ))}
      </ul>
      {failures.length > 0 && (
        <ul className={styles.reasons} aria-label={s.reasons}>
          {failures.map((f) => (
            <li key={f}>
              <Text>{f}</Text>
            </li>
          ))}
        </ul>
      )}
      {verdict.missing.length > 0 && <Text data-testid="verdict-missing">{`${s.missingData}: ${missingLabels(verdict).join(", ")}`}</Text>}
      <Text size={200} className={styles.muted}>
        {s.criteriaSet(verdict.setId, verdict.setVersion)}
      </Text>
    </section>
  );
}
