import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";

const WORKBOOK_EXT = new Set([".xlsx", ".xlsm", ".xls", ".ods"]);

/** Expands files and folders into the list of workbook files to check (folders recursively, sorted, no temp files). */
export function expandPaths(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (WORKBOOK_EXT.has(extname(name).toLowerCase()) && !name.startsWith("~$")) files.push(p);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, missing };
}
