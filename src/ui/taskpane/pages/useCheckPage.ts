import { useCallback, useEffect, useMemo, useState } from "react";
import type { UndoSummary } from "../../../app/apply-fixes";
import type { Issue, IssueCode } from "../../../core/validation/issue";
import { uncheckedSheets } from "../../../core/validation/report";
import { fixableKinds, previewRows, type PreviewRow } from "../fix-preview";
import { usePaneStrings } from "../i18n/usePaneStrings";
import { useTaskpaneServices, type CheckResult } from "../services";
import type { PaneModel } from "../usePane";

/** A fix waiting for the officer's explicit "apply": the issues it comes from and the cells it changes. */
export interface PendingFix {
  readonly label: string;
  readonly issues: readonly Issue[];
  readonly rows: readonly PreviewRow[];
}

/** State of the check page: the last check, the chosen issue, the fix being previewed, and the undo journal. */
export function useCheckPage(pane: PaneModel) {
  const services = useTaskpaneServices();
  const s = usePaneStrings();
  const { run, progress, settings, ready } = pane;
  const [scope, setScope] = useState<"active" | "all">("active");
  const [result, setResult] = useState<CheckResult | null>(null);
  const [selected, setSelected] = useState<Issue | null>(null);
  const [kind, setKind] = useState<IssueCode | "">("");
  const [pending, setPending] = useState<PendingFix | null>(null);
  const [undo, setUndo] = useState<readonly UndoSummary[]>([]);

  const issues = useMemo(() => result?.report.sheets.flatMap((r) => r.issues) ?? [], [result]);
  const kinds = useMemo(() => fixableKinds(issues), [issues]);

  const refreshUndo = useCallback(async () => {
    const r = await services.listUndo();
    if (r.ok) setUndo(r.value);
  }, [services]);

  useEffect(() => {
    if (ready) void refreshUndo();
  }, [ready, refreshUndo]);

  const check = useCallback(async () => {
    const done = await run(
      s.checking,
      () => services.check(scope, settings, (p) => progress(s.reading(p.sheet, p.rowsRead, p.totalRows))),
      (v) => {
        // A sheet no template recognised was not checked: never report it as passed.
        const unchecked = uncheckedSheets(v.report).map((r) => `“${r.sheet}”`);
        const text = s.checked(v.report.counts.error, v.report.counts.warning, v.report.counts.info);
        if (unchecked.length > 0) return { intent: "warning", text: s.checkedUnchecked(unchecked.join(", ")), details: [text] };
        return { intent: v.report.counts.error > 0 ? "warning" : "success", text };
      },
    );
    if (done) {
      setResult(done);
      setSelected(null);
      setPending(null);
      setKind((k) => (k && fixableKinds(done.report.sheets.flatMap((r) => r.issues)).some((x) => x.code === k) ? k : ""));
    }
    return done;
  }, [run, s, services, scope, settings, progress]);

  const select = useCallback(
    (i: Issue) => {
      setSelected(i);
      void run(s.goingTo, () => services.goToCell(i.where.sheet, i.where.address), () => ({ intent: "info", text: s.wentTo(i.where.sheet, i.where.address) }));
    },
    [run, s, services],
  );

  const preview = (list: readonly Issue[], label: string) => {
    const rows = previewRows(list);
    setPending(rows.length ? { label, issues: list, rows } : null);
  };
  const previewKind = () => kind && preview(issues.filter((i) => i.code === kind), `Sửa hàng loạt: ${kind}`);
  const previewSelected = () => selected && preview([selected], `Sửa ô ${selected.where.address}: ${selected.code}`);

  const apply = async () => {
    if (!pending) return;
    const fix = pending;
    setPending(null);
    const done = await run(s.applying, () => services.applyFixes(fix.issues, fix.label), (v) => ({ intent: v.stale.length > 0 ? "warning" : "success", text: (v.applied ? s.applied(v.applied) : s.nothingToFix) + (v.stale.length > 0 ? s.staleSkipped(v.stale.length) : "") }));
    await refreshUndo();
    if (done && done.applied > 0) await recheck(s.applied(done.applied));
  };

  const undoLast = async () => {
    const done = await run(s.undoing, () => services.undoLast(), (v) =>
      v.label === null
        ? { intent: "info", text: s.nothingToUndo }
        : { intent: v.conflicts.length ? "warning" : "success", text: s.undone(v.label, v.restored), details: v.conflicts.length ? [s.undoConflicts(v.conflicts.length)] : [] },
    );
    await refreshUndo();
    if (done && done.label !== null && result) await recheck(s.undone(done.label, done.restored));
  };

  /** Checks again after a write so the list and the marks match the sheet, keeping the write's message. */
  const recheck = async (message: string) => {
    const again = await check();
    if (again) progressDone(message);
  };
  const progressDone = (text: string) => void run(text, async () => ({ ok: true as const, value: null }), () => ({ intent: "success", text }));

  const clearMarks = () => run(s.clearing, () => services.clearMarks(), (n) => ({ intent: "success", text: s.cleared(n) }));
  const writeReport = () =>
    result &&
    run(s.writingReport, () => services.writeReport(result), (v) => ({ intent: v.warnings.length ? "warning" : "success", text: s.reportWritten, details: v.warnings.map((w) => w.message) }));

  return { scope, setScope, result, issues, selected, kinds, kind, setKind, pending, undo, check, select, previewKind, previewSelected, cancel: () => setPending(null), apply, undoLast, clearMarks, writeReport };
}

/** The check page's state, as its render sees it. */
export type CheckPageModel = ReturnType<typeof useCheckPage>;
