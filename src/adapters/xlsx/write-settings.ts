import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from "fflate";
import type { StoredState } from "../../core/ports/workbook-port";
import { isWebExtensionPart, webExtensionProperties, WEBEXT } from "./workbook-settings";

/** The add-in's id from manifest.xml (`<Id>`): the reference Excel records for the add-in that owns the settings. */
export const ADDIN_ID = "8f0829b0-7c90-4c00-9519-ca92fbd6db04";

/** Same part size as the Office adapter's saveState, so long values are split as Excel would hold them. */
const CHUNK_CHARS = 60_000;

export interface WorkbookSettingsOptions {
  /** Longest value kept in one property before it is split into `key#i` parts (default 60,000 as the add-in does). */
  readonly chunkChars?: number;
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

/** The settings as web extension properties: each value JSON-encoded, long ones split like saveState does. */
function propertiesOf(state: StoredState, chunk: number): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, json] of Object.entries(state)) {
    if (json.length <= chunk) {
      out.push([key, JSON.stringify(json)]);
      continue;
    }
    const n = Math.ceil(json.length / chunk);
    for (let i = 0; i < n; i++) out.push([`${key}#${i}`, JSON.stringify(json.slice(i * chunk, (i + 1) * chunk))]);
    out.push([key, JSON.stringify({ parts: n })]);
  }
  return out;
}

function webExtensionXml(props: readonly [string, string][]): string {
  const items = props.map(([k, v]) => `<we:property name="${esc(k)}" value="${esc(v)}"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
    `<we:webextension xmlns:we="${WEBEXT.weNs}" id="{${ADDIN_ID.toUpperCase()}}">` +
    `<we:reference id="${ADDIN_ID}" version="1.0.0.0" store="developer" storeType="Registry"/>` +
    `<we:alternateReferences/><we:properties>${items}</we:properties><we:bindings/>` +
    `<we:snapshot xmlns:r="${WEBEXT.relNs}"/></we:webextension>`
  );
}

const text = (files: Unzipped, name: string): string | null => (files[name] ? strFromU8(files[name]) : null);

function addOverride(files: Unzipped, part: string, type: string): void {
  const ct = text(files, "[Content_Types].xml") ?? "";
  if (ct.includes(`PartName="${part}"`)) return;
  files["[Content_Types].xml"] = strToU8(ct.replace("</Types>", `<Override PartName="${part}" ContentType="${type}"/></Types>`));
}

function emptyRels(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
}

/** Adds a relationship to a .rels part (created when missing) and returns its new id. */
function addRel(files: Unzipped, relsName: string, type: string, target: string): string {
  const rels = text(files, relsName) ?? emptyRels();
  let n = 1;
  while (rels.includes(`Id="rId${n}"`)) n++;
  files[relsName] = strToU8(rels.replace("</Relationships>", `<Relationship Id="rId${n}" Type="${type}" Target="${target}"/></Relationships>`));
  return `rId${n}`;
}

/** Links a new web extension part from the task panes part (created, with its package relationship, when missing). */
function linkNewPart(files: Unzipped, fileName: string): void {
  const panes = "xl/webextensions/taskpanes.xml";
  const relId = addRel(files, "xl/webextensions/_rels/taskpanes.xml.rels", WEBEXT.webextensionRel, fileName);
  const pane = `<wetp:taskpane dockstate="right" visibility="0" width="350" row="4"><wetp:webextensionref xmlns:r="${WEBEXT.relNs}" r:id="${relId}"/></wetp:taskpane>`;
  const existing = text(files, panes);
  if (existing) {
    files[panes] = strToU8(existing.replace("</wetp:taskpanes>", `${pane}</wetp:taskpanes>`));
  } else {
    files[panes] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<wetp:taskpanes xmlns:wetp="${WEBEXT.wetpNs}">${pane}</wetp:taskpanes>`);
    addRel(files, "_rels/.rels", WEBEXT.taskpanesRel, panes);
    addOverride(files, `/${panes}`, WEBEXT.taskpanesType);
  }
  addOverride(files, `/xl/webextensions/${fileName}`, WEBEXT.webextensionType);
}

/**
 * A copy of an .xlsx with the add-in's workbook settings set to `state` (key → the JSON text saveState stores), as
 * Excel saves `context.workbook.settings`: the add-in's web extension part is replaced (other add-ins' parts and
 * settings not starting `xhht.` are kept) or added with its task-pane link, relationships and content types.
 */
export function withWorkbookSettings(xlsxBytes: Uint8Array, state: StoredState, opts: WorkbookSettingsOptions = {}): Uint8Array {
  const files = unzipSync(xlsxBytes);
  const chunk = Math.max(1, opts.chunkChars ?? CHUNK_CHARS);
  const parts = Object.keys(files).filter(isWebExtensionPart);
  const ours = parts.find((p) => {
    const xml = strFromU8(files[p]);
    return xml.includes(`id="${ADDIN_ID}"`) || [...webExtensionProperties(xml, p).keys()].some((k) => k.startsWith("xhht."));
  });
  const kept = ours ? [...webExtensionProperties(strFromU8(files[ours]), ours)].filter(([k]) => !k.startsWith("xhht.")) : [];
  const xml = webExtensionXml([...kept, ...propertiesOf(state, chunk)]);
  if (ours) {
    files[ours] = strToU8(xml);
  } else {
    let n = 1;
    while (files[`xl/webextensions/webextension${n}.xml`]) n++;
    files[`xl/webextensions/webextension${n}.xml`] = strToU8(xml);
    linkNewPart(files, `webextension${n}.xml`);
  }
  return zipSync(files, { level: 6 });
}
