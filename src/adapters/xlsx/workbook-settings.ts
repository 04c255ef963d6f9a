/*
 * The add-in's workbook settings as Excel keeps them in an .xlsx (cài đặt sổ tính trong tệp).
 *
 * `context.workbook.settings` lives in a web extension part, `xl/webextensions/webextensionN.xml`, as
 * `<we:property name="key" value="…"/>` where the value is the setting's JSON text (a string setting is stored as a
 * JSON string). The part is reached from `xl/webextensions/taskpanes.xml` (relationship type …/webextension), which the
 * package's root relationships point to (type …/webextensiontaskpanes); both parts have content-type overrides.
 * Long values are written by the Office adapter (adapters/office/workbook-state.ts) as parts `key#0…key#n-1` with
 * `key` holding `{"parts": n}`; they are joined here so each key reads as `loadState` would return it.
 */
import type { StoredState } from "../../core/ports/workbook-port";
import { attrs, refuseDtd, tagsNamed } from "./xml-text";

/** The relationship and content types Excel writes for task-pane add-ins and their web extension parts. */
export const WEBEXT = {
  taskpanesRel: "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes",
  webextensionRel: "http://schemas.microsoft.com/office/2011/relationships/webextension",
  taskpanesType: "application/vnd.ms-office.webextensiontaskpanes+xml",
  webextensionType: "application/vnd.ms-office.webextension+xml",
  weNs: "http://schemas.microsoft.com/office/webextensions/webextension/2010/11",
  wetpNs: "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11",
  relNs: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
} as const;

/** True for a zip entry name that is a web extension part (where add-in settings are kept). */
export function isWebExtensionPart(name: string): boolean {
  return /^\/?xl\/webextensions\/webextension\d*\.xml$/i.test(name);
}

const PREFIX = "xhht.";
const PART_KEY = /#\d+$/;
/** More parts than this in a manifest is not something the Office adapter writes: the key is skipped. */
const MAX_PARTS = 100_000;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The raw `name → value` properties of one web extension part's XML (the value still JSON text). */
export function webExtensionProperties(xml: string, part: string): Map<string, string> {
  refuseDtd(xml, part);
  const out = new Map<string, string>();
  for (const tag of tagsNamed(xml, "property")) {
    const a = attrs(tag);
    const name = a.name;
    const value = a.value;
    if (name !== undefined && value !== undefined && !out.has(name)) out.set(name, value);
  }
  return out;
}

/**
 * The XHHT state held in web extension parts' properties: keys starting `xhht.`, each as the JSON text `loadState`
 * returns (a string setting unwrapped, a `{"parts":n}` key joined from its parts). A key whose value or parts are
 * not what the Office adapter writes is left out, as `loadState` would refuse it.
 */
export function storedStateOf(properties: readonly Map<string, string>[]): StoredState {
  const all = new Map<string, string>();
  for (const props of properties) for (const [k, v] of props) if (k.startsWith(PREFIX) && !all.has(k)) all.set(k, v);
  const out: Record<string, string> = {};
  for (const [key, raw] of all) {
    if (PART_KEY.test(key)) continue;
    const v = parseJson(raw);
    if (typeof v === "string") {
      out[key] = v;
      continue;
    }
    const n = typeof v === "object" && v !== null ? (v as { parts?: unknown }).parts : undefined;
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > MAX_PARTS) continue;
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const p = all.get(`${key}#${i}`);
      const text = p === undefined ? undefined : parseJson(p);
      if (typeof text !== "string") break;
      parts.push(text);
    }
    if (parts.length === n) out[key] = parts.join("");
  }
  return out;
}

