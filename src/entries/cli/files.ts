import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";

const WORKBOOK_EXT = new Set([".xlsx", ".xlsm", ".xls", ".ods"]);

/** Expands files and folders into the list of workbook files to check (folders recursively, sorted, no temp files). */
export function expandPaths(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    // The directory's own entry types: no stat per file (a folder of 3,300 workbooks), but for links and the unknown.
    for (const d of readdirSync(dir, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) {
      const name = d.name;
      const p = join(dir, name);
      const isDir = d.isDirectory() || (!d.isFile() && statSync(p).isDirectory());
      if (isDir) walk(p);
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
