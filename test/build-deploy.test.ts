// The static-host configs in deploy/ serve what Excel on the web needs: functions.json and the pages with
// Access-Control-Allow-Origin, JSON and JavaScript with their types, metadata never cached stale.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const root = join(__dirname, "..");
const nginx = readFileSync(join(root, "deploy", "nginx", "xhht-addin.conf"), "utf8");
const iisText = readFileSync(join(root, "deploy", "iis", "web.config"), "utf8");

/** nginx directives with their arguments, comments dropped. */
const directives = (conf: string) =>
  conf
    .split("\n")
    .map((l) => l.replace(/#.*$/, "").trim())
    .filter(Boolean);

describe("deploy/nginx/xhht-addin.conf", () => {
  const lines = directives(nginx);

  it("balances its braces and ends each directive with a semicolon", () => {
    expect(nginx.split("{").length).toBe(nginx.split("}").length);
    for (const l of lines) expect(l).toMatch(/[;{}]$/);
  });

  it("sends Access-Control-Allow-Origin on every file, including the nested JSON/HTML location", () => {
    const cors = lines.filter((l) => /^add_header Access-Control-Allow-Origin "\*" always;$/.test(l));
    // nginx drops the outer add_header lines in a block that has its own, so each block repeats them.
    expect(cors).toHaveLength(2);
    expect(lines).toContain('add_header Cache-Control "no-cache" always;');
  });

  it("serves JSON, JavaScript and the sample workbooks with their types", () => {
    for (const t of ["application/json         json;", "application/javascript   js;", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet xlsx;"]) expect(lines).toContain(t);
  });

  it("tells the publisher to bump the version, or Excel keeps the cached functions.json", () => {
    expect(nginx).toMatch(/<Version>/);
    expect(nginx).toMatch(/package\.json/);
  });
});

describe("deploy/iis/web.config", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(iisText)).toBe(true);
  });

  const cfg = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(iisText) as {
    configuration: {
      "system.webServer": { httpProtocol: { customHeaders: { add: { name: string; value: string }[] } }; staticContent: { mimeMap: { fileExtension: string; mimeType: string }[] } };
      location: { path: string; "system.webServer": { staticContent: { clientCache: { cacheControlMode: string } } } }[];
    };
  };
  const ws = cfg.configuration["system.webServer"];

  it("adds Access-Control-Allow-Origin to every response", () => {
    expect(ws.httpProtocol.customHeaders.add).toContainEqual({ name: "Access-Control-Allow-Origin", value: "*" });
  });

  it("maps .json and .js to their types (IIS refuses unknown extensions)", () => {
    const types = Object.fromEntries(ws.staticContent.mimeMap.map((m) => [m.fileExtension, m.mimeType]));
    expect(types).toMatchObject({ ".json": "application/json", ".js": "application/javascript" });
  });

  it("never lets a browser keep a stale functions.json or task pane page", () => {
    const noCache = cfg.configuration.location.filter((l) => l["system.webServer"].staticContent.clientCache.cacheControlMode === "DisableCache").map((l) => l.path);
    expect(noCache.sort()).toEqual(["functions.json", "taskpane.html"]);
  });
});
