import { useMemo, useState } from "react";
import type { Issue, IssueCode } from "../../core/validation/issue";

/** Filters of the issue list (bộ lọc): errors only, one kind, one sheet row. */
export interface IssueFilters {
  readonly errorsOnly: boolean;
  readonly code: IssueCode | "";
  readonly row: number | null;
}

const NO_FILTERS: IssueFilters = { errorsOnly: false, code: "", row: null };

/** Applies the filters; a pure function so lists of any length filter the same way everywhere. */
export function filterIssues(issues: readonly Issue[], f: IssueFilters): Issue[] {
  return issues.filter((i) => (!f.errorsOnly || i.severity === "error") && (f.code === "" || i.code === f.code) && (f.row === null || i.where.row === f.row));
}

/** The kinds present with their counts, most frequent first, for the "by kind" filter. */
export function codeCounts(issues: readonly Issue[]): { code: IssueCode; count: number }[] {
  const m = new Map<IssueCode, number>();
  for (const i of issues) m.set(i.code, (m.get(i.code) ?? 0) + 1);
  return [...m].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
}

/** State of an issue list: filters, the current page and the rows to draw (only one page is ever rendered). */
export function useIssueList(issues: readonly Issue[], pageSize: number) {
  const [filters, setFilters] = useState<IssueFilters>(NO_FILTERS);
  const [page, setPage] = useState(0);
  const filtered = useMemo(() => filterIssues(issues, filters), [issues, filters]);
  const codes = useMemo(() => codeCounts(issues), [issues]);
  const pageCount = Math.max(1, Math.ceil(filtered.length / pageSize));
  const current = Math.min(page, pageCount - 1);
  const rows = filtered.slice(current * pageSize, (current + 1) * pageSize);
  const update = (patch: Partial<IssueFilters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(0);
  };
  const multiSheet = useMemo(() => new Set(issues.map((i) => i.where.sheet)).size > 1, [issues]);
  return {
    filters,
    codes,
    rows,
    filteredCount: filtered.length,
    page: current,
    pageCount,
    multiSheet,
    setErrorsOnly: (errorsOnly: boolean) => update({ errorsOnly }),
    setCode: (code: IssueCode | "") => update({ code }),
    setRow: (row: number | null) => update({ row }),
    previousPage: () => setPage(Math.max(0, current - 1)),
    nextPage: () => setPage(Math.min(pageCount - 1, current + 1)),
  };
}
