import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readWorkbook, type WorkbookGrids } from "../src/adapters/xlsx/read-workbook";
import { ADDIN_ID, withWorkbookSettings } from "../src/adapters/xlsx/write-settings";
import { STATE_KEYS } from "../src/core/ports/workbook-port";

const CLEAN = readFileSync(join(__dirname, "fixtures", "golden", "cdht-clean.xlsx"));
const bytes = new Uint8Array(CLEAN.buffer, CLEAN.byteOffset, CLEAN.byteLength);

async function read(b: Uint8Array): Promise<WorkbookGrids> {
  const r = await readWorkbook(b, "so.xlsx");
  if (!r.ok) throw new Error(`${r.error.code} ${r.error.detail ?? ""}`);
  return r.value;
}

const parts = (b: Uint8Array): Record<string, string> => Object.fromEntries(Object.entries(unzipSync(b)).map(([k, v]) => [k, strFromU8(v)]));

describe("workbook settings kept in the file (xl/webextensions)", () => {
  it("reads no state from a workbook without the add-in", async () => {
    expect((await read(bytes)).state).toEqual({});
  });

  it("round-trips state as loadState returns it, with the parts and links Excel writes", async () => {
    const state = { [STATE_KEYS.marks]: JSON.stringify([{ sheet: "Biểu 1", address: "C5", fill: "#FFFF00" }]), [STATE_KEYS.receipt]: '{"hash":"ab<&>\\"\\n"}' };
    const out = withWorkbookSettings(bytes, state);
    expect((await read(out)).state).toEqual(state);
    const p = parts(out);
    expect(p["xl/webextensions/webextension1.xml"]).toContain(`<we:reference id="${ADDIN_ID}"`);
    expect(p["xl/webextensions/webextension1.xml"]).toContain(`name="xhht.receipt" value="&quot;{\\&quot;hash\\&quot;`);
    expect(p["xl/webextensions/taskpanes.xml"]).toContain('r:id="rId1"');
    expect(p["xl/webextensions/_rels/taskpanes.xml.rels"]).toContain('Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"');
    expect(p["_rels/.rels"]).toContain('Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"');
    expect(p["[Content_Types].xml"]).toContain('<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/>');
    expect(p["[Content_Types].xml"]).toContain('<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>');
    // The sheets are untouched.
    expect((await read(out)).sheets).toEqual((await read(bytes)).sheets);
  });

  it("joins a long value from its parts key#0…key#n-1 as the Office adapter splits it", async () => {
    const long = JSON.stringify({ entries: Array.from({ length: 400 }, (_, i) => ({ i, text: `Xã Hợp Thành ${i}` })) });
    const out = withWorkbookSettings(bytes, { [STATE_KEYS.undo]: long }, { chunkChars: 1000 });
    const xml = parts(out)["xl/webextensions/webextension1.xml"];
    const n = Math.ceil(long.length / 1000);
    expect(xml).toContain(`name="xhht.undo" value="{&quot;parts&quot;:${n}}"`);
    expect(xml).toContain(`name="xhht.undo#${n - 1}"`);
    expect((await read(out)).state).toEqual({ [STATE_KEYS.undo]: long });
  });

  it("replaces the add-in's part when written again; other add-ins' parts and settings stay", async () => {
    const once = withWorkbookSettings(bytes, { [STATE_KEYS.marks]: "[1]", [STATE_KEYS.charts]: "[]" });
    const files = unzipSync(once);
    // Another add-in in the same package, and a foreign setting inside ours.
    files["xl/webextensions/webextension1.xml"] = strToU8(strFromU8(files["xl/webextensions/webextension1.xml"]).replace("<we:properties>", '<we:properties><we:property name="theme" value="&quot;dark&quot;"/>'));
    files["xl/webextensions/webextension2.xml"] = strToU8('<we:webextension xmlns:we="x"><we:reference id="other"/><we:properties><we:property name="xhht.foreign" value="&quot;1&quot;"/></we:properties></we:webextension>');
    const twice = withWorkbookSettings(zipSync(files), { [STATE_KEYS.marks]: "[2]" });
    const p = parts(twice);
    expect(p["xl/webextensions/webextension1.xml"]).toContain('name="theme" value="&quot;dark&quot;"');
    expect(p["xl/webextensions/webextension1.xml"]).not.toContain("xhht.charts");
    expect(p["xl/webextensions/webextension2.xml"]).toContain("xhht.foreign");
    expect(Object.keys(p).filter((k) => k.startsWith("xl/webextensions/webextension"))).toHaveLength(2);
    expect((await read(twice)).state).toEqual({ [STATE_KEYS.marks]: "[2]", "xhht.foreign": "1" });
  });

  it("leaves out keys the add-in would refuse: a missing part, a value that is not JSON text, other add-ins' keys", async () => {
    const files = unzipSync(withWorkbookSettings(bytes, {}));
    const props = [
      '<we:property name="xhht.undo" value="{&quot;parts&quot;:2}"/>',
      '<we:property name="xhht.undo#0" value="&quot;[1,&quot;"/>',
      '<we:property name="xhht.marks" value="[not json"/>',
      '<we:property name="xhht.charts" value="42"/>',
      '<we:property name="theme" value="&quot;dark&quot;"/>',
      '<we:property name="xhht.check-log" value="&quot;[]&quot;"/>',
    ].join("");
    files["xl/webextensions/webextension1.xml"] = strToU8(strFromU8(files["xl/webextensions/webextension1.xml"]).replace("<we:properties>", `<we:properties>${props}`));
    expect((await read(zipSync(files))).state).toEqual({ [STATE_KEYS.checkLog]: "[]" });
  });

  it("refuses a settings part with a DTD (no entity expansion) as an unsafe file", async () => {
    const files = unzipSync(withWorkbookSettings(bytes, { [STATE_KEYS.marks]: "[]" }));
    files["xl/webextensions/webextension1.xml"] = strToU8('<!DOCTYPE x [<!ENTITY a "aaaa">]><we:webextension><we:properties><we:property name="xhht.marks" value="&a;"/></we:properties></we:webextension>');
    const r = await readWorkbook(zipSync(files), "so.xlsx");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: "file-unsafe", problem: { kind: "dtd", part: "xl/webextensions/webextension1.xml" } });
  });

  it("names the add-in by the id in manifest.xml", () => {
    expect(readFileSync(join(__dirname, "..", "manifest.xml"), "utf8")).toContain(`<Id>${ADDIN_ID}</Id>`);
  });
});
