import { attrs, refuseDtd, tagsNamed } from "./xml-text";

/** One relationship of a part: its type (last path segment, e.g. "worksheet") and the target part's zip path. */
export interface Rel {
  readonly id: string;
  readonly type: string;
  readonly path: string;
}

/** A worksheet listed in workbook.xml, in tab order. */
export interface SheetEntry {
  readonly name: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  readonly path: string;
}

/** The package's workbook part: its sheets, the date system, and the paths of the shared strings and styles. */
export interface WorkbookPart {
  readonly sheets: SheetEntry[];
  readonly date1904: boolean;
  readonly sharedStrings: string | null;
  readonly styles: string | null;
}

function dirOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i + 1);
}

/** Resolves a relationship target against its source part's folder ("/xl/x.xml" absolute, "../x" relative). */
export function resolveTarget(sourcePart: string, target: string): string {
  const raw = target.startsWith("/") ? target.slice(1) : dirOf(sourcePart) + target;
  const out: string[] = [];
  for (const seg of raw.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** The relationships part that belongs to `part` (xl/workbook.xml → xl/_rels/workbook.xml.rels). */
export function relsPathOf(part: string): string {
  const dir = dirOf(part);
  return `${dir}_rels/${part.slice(dir.length)}.rels`;
}

/** Parses a .rels part; external targets are left out. */
export function parseRels(xml: string, sourcePart: string, relsPart: string): Rel[] {
  refuseDtd(xml, relsPart);
  return tagsNamed(xml, "Relationship").flatMap((tag) => {
    const a = attrs(tag);
    if (!a.Id || !a.Type || !a.Target || a.TargetMode === "External") return [];
    return [{ id: a.Id, type: a.Type.slice(a.Type.lastIndexOf("/") + 1), path: resolveTarget(sourcePart, decodeURI(a.Target)) }];
  });
}

/** Reads workbook.xml with its relationships: worksheets only (chart sheets carry no cells), in tab order. */
export function parseWorkbook(xml: string, part: string, rels: readonly Rel[]): WorkbookPart {
  refuseDtd(xml, part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  for (const tag of tagsNamed(xml, "sheet")) {
    const a = attrs(tag);
    const idKey = Object.keys(a).find((k) => k.endsWith(":id"));
    const rel = idKey ? byId.get(a[idKey]) : undefined;
    if (!rel || rel.type !== "worksheet" || a.name === undefined) continue;
    const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
    sheets.push({ name: a.name, state, path: rel.path });
  }
  const pr = tagsNamed(xml, "workbookPr")[0];
  const d = pr ? attrs(pr).date1904 : undefined;
  return {
    sheets,
    date1904: d === "1" || d === "true",
    sharedStrings: rels.find((r) => r.type === "sharedStrings")?.path ?? null,
    styles: rels.find((r) => r.type === "styles")?.path ?? null,
  };
}
