// Offline checks of manifest.xml: Microsoft's validator needs its online service, so the rules that make Office
// refuse the add-in, or leave custom functions on #BUSY!/#N/A in a shared runtime, are asserted here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const root = join(__dirname, "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS; its URL rewrite is under test
const webpackConfig = require("../webpack.config.js") as { manifestForUrl: (xml: string, url: string, version?: string) => string; manifestVersion: (v: string) => string; DEV_URL: string };

type Node = { name: string; attrs: Record<string, string>; text: string; children: Node[] };
type Raw = Record<string, unknown> & { ":@"?: Record<string, string> };

function toNode(raw: Raw): Node | null {
  const name = Object.keys(raw).find((k) => k !== ":@");
  if (!name || name.startsWith("#") || name.startsWith("?")) return null;
  const kids = raw[name] as Raw[];
  const text = kids.map((k) => (typeof k["#text"] === "string" || typeof k["#text"] === "number" ? String(k["#text"]) : "")).join("").trim();
  return { name, attrs: raw[":@"] ?? {}, text, children: kids.map(toNode).filter((n): n is Node => n !== null) };
}

function parse(source: string): Node {
  const raw = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", parseTagValue: false, parseAttributeValue: false }).parse(source) as Raw[];
  const nodes = raw.map(toNode).filter((n): n is Node => n !== null);
  expect(nodes).toHaveLength(1);
  return nodes[0];
}

const all = (node: Node): Node[] => [node, ...node.children.flatMap(all)];
const child = (node: Node, name: string): Node => {
  const found = node.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${node.name}> has no <${name}>`);
  return found;
};
const path = (node: Node, ...names: string[]): Node => names.reduce(child, node);
const names = (node: Node) => node.children.map((c) => c.name);

const app = parse(xml);
const host = path(app, "VersionOverrides", "Hosts", "Host");
const resources = path(app, "VersionOverrides", "Resources");
const resourcesByKind = {
  image: path(resources, "bt:Images").children,
  url: path(resources, "bt:Urls").children,
  string: [...path(resources, "bt:ShortStrings").children, ...path(resources, "bt:LongStrings").children],
};
const resource = new Map(Object.entries(resourcesByKind).flatMap(([kind, list]) => list.map((n) => [n.attrs.id, { kind, node: n }] as const)));
const urlOf = (resid: string) => resource.get(resid)?.node.attrs.DefaultValue ?? "";

describe("manifest.xml", () => {
  it("is well-formed XML with a TaskPaneApp root", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(app.name).toBe("OfficeApp");
    expect(app.attrs["xsi:type"]).toBe("TaskPaneApp");
  });

  it("keeps the root elements in the order of the schema", () => {
    expect(names(app)).toEqual([
      "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl",
      "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides",
    ]);
    expect(names(path(app, "VersionOverrides"))).toEqual(["Hosts", "Resources"]);
    expect(names(host)).toEqual(["Runtimes", "AllFormFactors", "DesktopFormFactor"]);
    expect(names(path(host, "DesktopFormFactor"))).toEqual(["GetStarted", "FunctionFile", "ExtensionPoint"]);
    expect(names(resources)).toEqual(["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]);
  });

  it("has a GUID Id, a four-part Version, provider XHHT and Vietnamese as the default locale", () => {
    expect(child(app, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    expect(child(app, "Version").text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(app, "ProviderName").text).toBe("XHHT");
    expect(child(app, "DefaultLocale").text).toBe("vi-VN");
    expect(child(app, "Permissions").text).toBe("ReadWriteDocument");
    expect(path(app, "Hosts", "Host").attrs.Name).toBe("Workbook");
    expect(host.attrs["xsi:type"]).toBe("Workbook");
  });

  it("gives the name and description an English override", () => {
    for (const name of ["DisplayName", "Description"]) {
      const el = child(app, name);
      expect(el.attrs.DefaultValue.normalize("NFD")).toMatch(/[\u0300-\u036f]/); // Vietnamese diacritics
      expect(el.children.find((c) => c.name === "Override" && c.attrs.Locale === "en-US")?.attrs.Value).toBeTruthy();
    }
    for (const s of resourcesByKind.string.filter((s) => s.attrs.id !== "Functions.Namespace")) {
      expect({ id: s.attrs.id, en: s.children.some((c) => c.name === "bt:Override" && c.attrs.Locale === "en-US" && c.attrs.Value) }).toEqual({ id: s.attrs.id, en: true });
    }
  });

  it("asks for the shared runtime, CustomFunctionsRuntime 1.3 (error codes, parameter addresses) and ExcelApi 1.4", () => {
    // test/manifest-api-sets.test.ts checks these against the table of APIs the code calls.
    const sets = path(app, "Requirements", "Sets");
    expect(sets.attrs.DefaultMinVersion).toBe("1.1");
    const byName = Object.fromEntries(sets.children.map((s) => [s.attrs.Name, s.attrs.MinVersion]));
    expect(byName).toEqual({ SharedRuntime: "1.1", CustomFunctionsRuntime: "1.3", ExcelApi: "1.4" });
  });

  it("carries package.json's version, here and in every build (Excel caches functions.json until it changes)", () => {
    const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
    expect(child(app, "Version").text).toBe(webpackConfig.manifestVersion(version));
    const built = parse(webpackConfig.manifestForUrl(xml, "https://xhht.example.vn/addin/", "2.3.4"));
    expect(child(built, "Version").text).toBe("2.3.4.0");
    expect(webpackConfig.manifestVersion("1.0.0-rc.1")).toBe("1.0.0.0");
  });

  it("resolves every resid to a resource of the right kind, with unique ids Office accepts", () => {
    const ids = Object.values(resourcesByKind).flat().map((n) => n.attrs.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
    const uses = all(app).filter((n) => n.attrs.resid);
    expect(uses.length).toBeGreaterThan(10);
    for (const use of uses) {
      const expected = use.name === "bt:Image" ? "image" : ["SourceLocation", "Runtime", "FunctionFile", "LearnMoreUrl"].includes(use.name) ? "url" : "string";
      expect({ resid: use.attrs.resid, kind: resource.get(use.attrs.resid)?.kind }).toEqual({ resid: use.attrs.resid, kind: expected });
    }
  });

  it("runs the task pane, the ribbon and the custom functions in one shared runtime", () => {
    const runtimes = path(host, "Runtimes").children;
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].attrs).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
    const functions = path(host, "AllFormFactors", "ExtensionPoint");
    expect(functions.attrs["xsi:type"]).toBe("CustomFunctions");
    const page = path(functions, "Page", "SourceLocation").attrs.resid;
    const fileResid = path(host, "DesktopFormFactor", "FunctionFile").attrs.resid;
    // "A shared runtime only supports the use of one task pane. Note that any task pane without a <TaskpaneID> is
    // considered a different task pane" (Configure your Office Add-in to use a shared runtime, 2026): one action,
    // one TaskpaneId, on the runtime's own page.
    const actions = all(host).filter((n) => n.name === "Action");
    expect(actions).toHaveLength(1);
    expect(actions[0].attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(child(actions[0], "TaskpaneId").text).toBe("XhhtTaskpane");
    const pane = child(actions[0], "SourceLocation").attrs.resid;
    expect([page, fileResid, pane]).toEqual(["Taskpane.Url", "Taskpane.Url", "Taskpane.Url"]);
    expect(urlOf("Taskpane.Url")).toMatch(/\/taskpane\.html$/);
    expect(path(app, "DefaultSettings", "SourceLocation").attrs.DefaultValue).toBe(urlOf("Taskpane.Url"));
    expect(urlOf(path(functions, "Script", "SourceLocation").attrs.resid)).toMatch(/\/functions\.js$/);
    expect(urlOf(path(functions, "Metadata", "SourceLocation").attrs.resid)).toMatch(/\/functions\.json$/);
    expect(resource.get(child(functions, "Namespace").attrs.resid)?.node.attrs.DefaultValue).toBe("XHHT");
  });

  it("puts one button on the Home tab with 16/32/80 px icons that exist at those sizes", () => {
    const tab = path(host, "DesktopFormFactor", "ExtensionPoint", "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const controls = all(tab).filter((n) => n.name === "Control");
    expect(controls.map((c) => c.attrs["xsi:type"])).toEqual(["Button"]);
    const images = all(tab).filter((n) => n.name === "bt:Image");
    for (const size of ["16", "32", "80"]) expect(images.filter((i) => i.attrs.size === size)).toHaveLength(2);
    const icons = [
      ...images.map((i) => ({ size: Number(i.attrs.size), url: urlOf(i.attrs.resid) })),
      { size: 32, url: child(app, "IconUrl").attrs.DefaultValue },
      { size: 64, url: child(app, "HighResolutionIconUrl").attrs.DefaultValue },
    ];
    for (const { size, url } of icons) {
      const file = join(root, "assets", url.split("/assets/")[1]);
      const png = readFileSync(file);
      expect({ file, width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ file, width: size, height: size });
    }
  });

  it("uses https everywhere, on the origin of the task pane", () => {
    const origin = new URL(urlOf("Taskpane.Url")).origin;
    const urls = all(app).flatMap((n) => [
      ...Object.entries(n.attrs).filter(([k, v]) => !k.startsWith("xmlns") && /^[a-z]+:\/\//i.test(v)).map(([, v]) => v),
      ...(n.name === "AppDomain" ? [n.text] : []),
    ]);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\//);
      expect(new URL(url).origin).toBe(origin);
    }
    expect(path(app, "AppDomains").children.map((d) => d.text)).toEqual([origin]);
  });

  it("is rewritten to the production URL without a trace of the development one", () => {
    const prod = webpackConfig.manifestForUrl(xml, "https://xhht.example.vn/addin/");
    expect(prod).not.toContain("localhost");
    const rewritten = parse(prod);
    expect(path(rewritten, "AppDomains", "AppDomain").text).toBe("https://xhht.example.vn");
    expect(path(rewritten, "DefaultSettings", "SourceLocation").attrs.DefaultValue).toBe("https://xhht.example.vn/addin/taskpane.html");
  });
});
