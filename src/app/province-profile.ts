import type { WorkbookPort } from "../core/ports/workbook-port";
import { parseProfileText, PROFILE_STATE_KEY, type LoadedProfile } from "../core/province";
import { fail, ok, type Result } from "../core/result";

/** What the pane shows of a profile: its name, the size of its latest roster, and how many values it confirms. */
export interface ProfileInfo {
  readonly id: string;
  readonly name: string;
  readonly units: number;
  readonly confirmed: number;
  /** The guidance documents of its confirmed values ("123/HD-SGDĐT 01/09/2025"). */
  readonly documents: readonly string[];
  /** How many column maps its template file holds (0 without one). */
  readonly maps: number;
}

/** The summary of a loaded profile for display, its template file's maps counted. */
export function profileInfo(p: LoadedProfile): ProfileInfo {
  const latest = [...p.profile.rosters].sort((a, b) => (b.from ?? "").localeCompare(a.from ?? ""))[0];
  const docs = new Set(p.profile.confirmedValues.map((v) => `${v.document.number} ${v.document.date.split("-").reverse().join("/")}`));
  return { id: p.profile.id, name: p.profile.name, units: latest?.units.length ?? 0, confirmed: p.profile.confirmedValues.length, documents: [...docs], maps: p.columnMaps.length };
}

/** The profile kept in the workbook, or null when none is (or the kept one no longer validates). */
export async function loadStoredProfile(port: WorkbookPort): Promise<LoadedProfile | null> {
  const text = await port.loadState(PROFILE_STATE_KEY);
  if (text === null || text === "" || text === "null") return null;
  const r = parseProfileText(text);
  return r.ok ? r.value : null;
}

/** Validates a profile file and keeps it in the workbook; a bad profile is refused with every problem and changes nothing. */
export async function importProfile(port: WorkbookPort, text: string): Promise<Result<LoadedProfile, string[]>> {
  const r = parseProfileText(text);
  if (!r.ok) return fail(r.error);
  await port.saveState(PROFILE_STATE_KEY, JSON.stringify(r.value.profile));
  return ok(r.value);
}

/** Forgets the workbook's profile: the built-in Lào Cai profile applies again. */
export async function removeProfile(port: WorkbookPort): Promise<void> {
  await port.saveState(PROFILE_STATE_KEY, "null");
}
