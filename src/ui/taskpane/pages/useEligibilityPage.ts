import { useCallback, useState } from "react";
import { verdictResult, type TitleId } from "../../../core/criteria";
import { builtinTemplate } from "../../../core/templates/builtin";
import { parseRows } from "../function-formulas";
import { usePaneStrings } from "../i18n/usePaneStrings";
import { useTaskpaneServices, type EligibilityResult } from "../services";
import type { PaneModel } from "../usePane";
import { useSheets } from "./useSheets";

const SUBJECT_SHEET = (n: string) => /công dân|gia đình|dòng họ|thôn|đơn vị|tự đánh giá/i.test(n);

/** True when the result is a commune's indicator table: one verdict for the sheet, shown rather than filled. */
const sheetVerdictOf = (v: EligibilityResult): boolean =>
  v.verdicts.length === 1 && !!v.templateId && builtinTemplate(v.templateId)?.rowKind === "indicator";

/** State of the eligibility page: the sheet, the filled verdicts, the rows for functions, and the criteria shown. */
export function useEligibilityPage(pane: PaneModel) {
  const services = useTaskpaneServices();
  const s = usePaneStrings();
  const { run, settings, setOverrides } = pane;
  const picker = useSheets(pane, SUBJECT_SHEET);
  const [result, setResult] = useState<EligibilityResult | null>(null);
  const [rows, setRows] = useState("");
  const [title, setTitle] = useState<TitleId>("cong-dan");
  const year = settings.reportYear ?? Number(services.now().slice(0, 4));

  const fill = async () => {
    const done = await run(s.filling, () => services.fillEligibility(picker.sheet, settings), (v) => {
      // Read without its merged areas (over 512): said beside whatever the fill did.
      const merges = v.mergesUnread ? { intent: "warning" as const, details: [s.mergesUnread] } : {};
      return v.resultColumn !== null
        ? { intent: "success", text: s.filled(v.written, v.resultColumn), ...merges }
        : sheetVerdictOf(v)
          ? { intent: "info", text: s.sheetVerdict(v.verdicts[0].subject, verdictResult(v.verdicts[0].verdict, settings.lang)), ...merges }
          : { intent: "warning", text: s.notSubjectSheet, ...merges };
    });
    if (!done) return;
    setResult(done);
    const t = done.templateId ? builtinTemplate(done.templateId)?.titleId : undefined;
    if (t) setTitle(t as TitleId);
  };

  const insert = async () => {
    const list = parseRows(rows);
    if (list === null) {
      await run(s.inserting, async () => ({ ok: true as const, value: null }), () => ({ intent: "error", text: s.rowsInvalid }));
      return;
    }
    await run(s.inserting, () => services.insertFunctions(picker.sheet, list, settings), (v) => {
      const merges = v.mergesUnread ? { intent: "warning" as const, details: [s.mergesUnread] } : {};
      return v.written === 0 ? { intent: "warning", text: s.noFunction, ...merges } : { intent: "success", text: s.inserted(v.written, v.column, v.sample), ...merges };
    });
  };

  const readCriteria = useCallback(async () => {
    const done = await run(s.readingCriteria, () => services.readCriteriaSheet(), (v) =>
      !v.found
        ? { intent: "info", text: s.criteriaMissing }
        : { intent: v.problems.length ? "warning" : "success", text: `${s.criteriaRead(v.overrides.length)}${v.recalculated ? ` ${s.recalculated}` : ""}`, details: v.problems.map((p) => `${p.cell}: ${p.message}`) },
    );
    if (done) setOverrides(done.overrides);
  }, [run, s, services, setOverrides]);

  const writeCriteria = async () => {
    const done = await run(s.writingCriteria, () => services.writeCriteriaSheet(), (v) => ({ intent: "success", text: s.criteriaWritten(v.rows) }));
    if (!done) return;
    const again = await services.readCriteriaSheet();
    if (again.ok) setOverrides(again.value.overrides);
    await picker.refresh();
  };

  return { picker, result, rows, setRows, title, setTitle, year, fill, insert, readCriteria, writeCriteria };
}

/** The eligibility page's state, as its render sees it. */
export type EligibilityModel = ReturnType<typeof useEligibilityPage>;
