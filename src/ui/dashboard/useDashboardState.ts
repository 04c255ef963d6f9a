import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { FileCheck } from "../../app/check-files";
import { consolidate } from "../../app/consolidate";
import { consolidatedWorkbook, issuesSheet } from "../../app/consolidated-workbook";
import { BUILTIN_TEMPLATES } from "../../core/templates/builtin";
import { parseTemplateFile, type ColumnMap } from "../../core/templates/column-map";
import { trendOfFiles, trendSheet } from "../../app/trend";
import { profileCheckSettings } from "../../app/check-settings";
import { laoCaiLoaded, parseProfileText, type LoadedProfile } from "../../core/province";
import { rollupCharts, rollupYear, fileStem } from "./dashboard-model";
import { useDashboardServices, type WorkbookFile } from "./DashboardServices";
import { readBytes, readText } from "./read-file";

/** Where the files on screen came from: the bundled samples, the officer's own files, or nothing yet. */
export type FileSource = "none" | "samples" | "user";

/** The roll-up level the officer chose; by district only means something for reports before 2025-07-01. */
export type RollupLevel = "commune" | "district";

const BUILT_IN = laoCaiLoaded();

/** The season's report year from the services' local time "dd/mm/yyyy …": this year from October, else the last. */
function seasonYear(now: string): number {
  const m = /^\d{1,2}\/(\d{1,2})\/(\d{4})/.exec(now);
  if (!m) return new Date().getFullYear();
  return Number(m[1]) >= 10 ? Number(m[2]) : Number(m[2]) - 1;
}

const mergeByPath = (old: readonly FileCheck[], added: readonly FileCheck[]) => {
  const names = new Set(added.map((c) => c.path));
  return [...old.filter((c) => !names.has(c.path)), ...added];
};

/**
 * The dashboard's state and intents: loads the samples on first start, checks opened files (with progress), keeps the
 * chosen file and roll-up level, and builds the roll-up, its charts and the exports from the checks.
 */
export function useDashboardState() {
  const services = useDashboardServices();
  const [checks, setChecks] = useState<readonly FileCheck[]>([]);
  const [source, setSource] = useState<FileSource>("none");
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [samplesFailed, setSamplesFailed] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [level, setLevel] = useState<RollupLevel>("commune");
  const [exportFailed, setExportFailed] = useState(false);
  const [exporting, setExporting] = useState(false);
  // The province's forms ("Nạp biểu mẫu tỉnh"): the maps in use, what was loaded, or why a file was refused.
  const [forms, setForms] = useState<{ count: number; name: string } | null>(null);
  const [formsErrors, setFormsErrors] = useState<readonly string[] | null>(null);
  const maps = useRef<readonly ColumnMap[]>([]);
  // The province profile (built-in Lào Cai until one is loaded): its maps, confirmed values and targets go to every check.
  const [profile, setProfile] = useState<LoadedProfile>(BUILT_IN);
  const [profileProblems, setProfileProblems] = useState<readonly string[]>([]);
  const profileRef = useRef<LoadedProfile>(BUILT_IN);
  // Copies of the files last checked (the worker takes the originals), so loading forms can check them again.
  const lastFiles = useRef<{ files: readonly WorkbookFile[]; from: Exclude<FileSource, "none"> }[]>([]);
  // Each run gets a number; a finished run only lands if no newer one started (the officer's files beat the samples).
  const run = useRef(0);
  const sourceRef = useRef<FileSource>("none");
  const checksRef = useRef<readonly FileCheck[]>([]);
  const commit = (next: readonly FileCheck[]) => {
    checksRef.current = next;
    setChecks(next);
  };

  const check = useCallback(
    async (files: readonly WorkbookFile[], from: Exclude<FileSource, "none">) => {
      const id = ++run.current;
      // The officer's files replace the samples; later files are added to the officer's (same name: replaced).
      const prior = from === "user" && sourceRef.current === "user" ? checksRef.current : [];
      setProgress({ done: 0, total: files.length });
      setSelected(null);
      commit(prior);
      const kept = { files: files.map((f) => ({ name: f.name, bytes: f.bytes.slice(0) })), from };
      lastFiles.current = from === "user" && sourceRef.current === "user" ? [...lastFiles.current, kept] : [kept];
      const arrived: FileCheck[] = [];
      try {
        const results = await services.checkFiles(files, (done, total, last) => {
          if (id !== run.current) return;
          arrived.push(last);
          setProgress({ done, total });
          commit(mergeByPath(prior, arrived));
        }, profileCheckSettings(profileRef.current, seasonYear(services.now()), maps.current));
        if (id !== run.current) return;
        sourceRef.current = from;
        setSource(from);
        commit(mergeByPath(prior, results));
      } finally {
        if (id === run.current) setProgress(null);
      }
    },
    [services],
  );

  useEffect(() => {
    let cancelled = false;
    services
      .loadSamples()
      .then((files) => {
        if (!cancelled && run.current === 0 && files.length > 0) return check(files, "samples");
      })
      .catch(() => {
        if (!cancelled) setSamplesFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [services, check]);

  const openFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      const read = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await readBytes(f) })));
      await check(read, "user");
    },
    [check],
  );

  /** Checks the files last checked again (the forms or the profile changed). */
  const recheck = useCallback(async () => {
    const again = lastFiles.current;
    lastFiles.current = [];
    for (const batch of again) await check(batch.files.map((f) => ({ name: f.name, bytes: f.bytes.slice(0) })), batch.from);
  }, [check]);

  const loadForms = useCallback(
    async (file: File) => {
      const parsed = parseTemplateFile(await readText(file), BUILTIN_TEMPLATES);
      if (!parsed.ok) {
        setFormsErrors(parsed.error);
        return;
      }
      setFormsErrors(null);
      maps.current = parsed.value.maps;
      setForms({ count: parsed.value.maps.length, name: parsed.value.name ?? "" });
      await recheck();
    },
    [recheck],
  );

  /** Loads a province profile: a bad file is refused with every problem and changes nothing; a good one re-checks. */
  const loadProfile = useCallback(
    async (file: File) => {
      const parsed = parseProfileText(await readText(file));
      if (!parsed.ok) {
        setProfileProblems(parsed.error);
        return;
      }
      setProfileProblems([]);
      profileRef.current = parsed.value;
      setProfile(parsed.value);
      await recheck();
    },
    [recheck],
  );

  const busy = progress !== null;
  const base = useMemo(() => (busy ? null : consolidate(checks)), [checks, busy]);
  const canByDistrict = base?.period === "before";
  const rollup = useMemo(() => (base && canByDistrict && level === "district" ? consolidate(checks, { by: "district" }) : base), [base, canByDistrict, level, checks]);
  const charts = useMemo(() => (rollup ? rollupCharts(rollup, checks) : []), [rollup, checks]);
  const year = useMemo(() => rollupYear(checks), [checks]);

  const save = async (make: () => Parameters<typeof services.exportWorkbook>) => {
    setExporting(true);
    setExportFailed(false);
    try {
      await services.exportWorkbook(...make());
    } catch {
      setExportFailed(true);
    } finally {
      setExporting(false);
    }
  };

  return {
    checks,
    source,
    progress,
    samplesFailed,
    selected: checks.find((c) => c.path === selected) ?? null,
    rollup,
    canByDistrict,
    level,
    charts,
    exporting,
    exportFailed,
    openFiles,
    forms,
    formsErrors,
    loadForms,
    profile,
    builtInProfile: profile === BUILT_IN,
    profileProblems,
    loadProfile,
    select: (path: string | null) => setSelected((cur) => (cur === path ? null : path)),
    setLevel,
    exportConsolidated: () =>
      rollup &&
      save(() => {
        // Files of several years add the "Theo năm" sheet, against the loaded profile's targets.
        const { trend } = trendOfFiles(checks, { targets: profile.profile.targets, provinceCode: profile.profile.provinceCode });
        const sheets = consolidatedWorkbook(rollup, checks, { ...(year !== null ? { year } : {}), generatedAt: services.now() });
        return [trend.years.length > 1 ? [...sheets, trendSheet(trend, services.now())] : sheets, `tong-hop-xhht${year !== null ? `-${year}` : ""}.xlsx`];
      }),
    exportIssues: (c: FileCheck) => save(() => [[issuesSheet([c])], `danh-sach-loi-${fileStem(c.path)}.xlsx`]),
  };
}

/** The state the dashboard's components read. */
export type DashboardState = ReturnType<typeof useDashboardState>;
