// The requirement sets manifest.xml declares, checked against a table of the Office APIs the code calls: each API's
// set is read from @types/office-js / custom-functions-runtime ("[Api set: …]"), and an API above the declared
// version may only be called in a file that checks for it first. The Excel fake's own table must agree too.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { EXCEL_API_MINOR } from "./excel-fake";

const root = join(__dirname, "..");
const officeDts = readFileSync(join(root, "node_modules", "@types", "office-js", "index.d.ts"), "utf8");
const cfDts = readFileSync(join(root, "node_modules", "@types", "custom-functions-runtime", "index.d.ts"), "utf8");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

/** The "[Api set: …]" note of `Type.member` in the Excel (or CustomFunctions) namespace of the d.ts. */
function apiSet(qualified: string): { set: string; minor: number } {
  const [type, member] = qualified.split(".");
  const custom = ["Invocation", "ErrorCode", "Error"].includes(type);
  const dts = custom ? cfDts : officeDts;
  const from = custom ? dts.indexOf(`${type === "ErrorCode" ? "enum" : type === "Error" ? "class" : "interface"} ${type} `) : dts.indexOf(`    class ${type} extends OfficeExtension.ClientObject {`, dts.indexOf("declare namespace Excel {"));
  if (from < 0) throw new Error(`no ${type} in the d.ts`);
  const m = new RegExp(`\\n\\s+(readonly )?${member}[?]?\\s*[(:=]`).exec(dts.slice(from));
  if (!m) throw new Error(`no ${qualified} in the d.ts`);
  const at = from + m.index;
  const doc = dts.slice(dts.lastIndexOf("/**", at), at);
  const note = /\[Api set: (\w+) 1\.(\d+)/.exec(doc);
  if (!note) throw new Error(`no Api set note for ${qualified}`);
  return { set: note[1], minor: Number(note[2]) };
}

/** What the code calls above ExcelApi / CustomFunctionsRuntime 1.1, how to find a call, and the check that must guard it when it is above what the manifest declares. */
const CALLS: { api: string; call: RegExp; guard?: RegExp }[] = [
  { api: "Workbook.settings", call: /workbook\.settings/ },
  { api: "Range.rowHidden", call: /rowHidden/ },
  { api: "Range.valueTypes", call: /valueTypes/ },
  { api: "Application.calculate", call: /application\.calculate\(/ },
  { api: "Worksheet.getRangeByIndexes", call: /\.getRangeByIndexes\(/ },
  { api: "Range.hyperlink", call: /\.hyperlink\s*=/, guard: /hasExcelApi\(req, 7\)/ },
  { api: "Worksheet.freezePanes", call: /\.freezePanes\./, guard: /hasExcelApi\(req, 7\)/ },
  { api: "ChartSeries.chartType", call: /\.chartType\s*=/, guard: /hasExcelApi\(req, 7\)/ },
  { api: "ChartAxis.reversePlotOrder", call: /reversePlotOrder\s*=/, guard: /hasExcelApi\(req, 7\)/ },
  { api: "ChartAxis.numberFormat", call: /valueAxis\.numberFormat\s*=/, guard: /hasExcelApi\(req, 8\)/ },
  { api: "DataValidation.rule", call: /dataValidation\.rule\s*=/, guard: /hasExcelApi\(req, 8\)/ },
  { api: "Worksheet.getRanges", call: /\.getRanges\(/, guard: /hasExcelApi\(req, 9\)/ },
  { api: "RangeFill.pattern", call: /"color,pattern"/, guard: /hasExcelApi\(req, 9\)/ },
  { api: "Range.getMergedAreasOrNullObject", call: /getMergedAreasOrNullObject\(/, guard: /merges: hasExcelApi\(req\(\), 13\)|opts\.merges/ },
  { api: "Invocation.parameterAddresses", call: /parameterAddresses/ },
  { api: "Error.code", call: /new CustomFunctions\.Error\(/ },
  { api: "ErrorCode.invalidValue", call: /ErrorCode\.invalidValue/ },
];

function declared(set: string): number {
  const m = new RegExp(`<Set Name="${set}" MinVersion="1\\.(\\d+)"/>`).exec(manifest);
  return m ? Number(m[1]) : 1;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) ? [p] : [];
  });
}
const code = [...sources(join(root, "src", "adapters", "office")), ...sources(join(root, "src", "entries"))].map((p) => ({ p: p.slice(root.length + 1), text: readFileSync(p, "utf8") }));

describe("requirement sets", () => {
  it.each(CALLS.map((c) => c.api))("%s: called only where the declared sets or a run-time check allow", (api) => {
    const { call, guard } = CALLS.find((c) => c.api === api)!;
    const { set, minor } = apiSet(api);
    for (const f of code.filter((f) => call.test(f.text))) {
      const allowed = minor <= declared(set) || (guard !== undefined && guard.test(f.text));
      expect({ file: f.p, api, needs: `${set} 1.${minor}`, declared: `${set} 1.${declared(set)}`, allowed }).toMatchObject({ allowed: true });
    }
  });

  it("the table finds the calls it names (a renamed call cannot slip past)", () => {
    const unused = CALLS.filter((c) => !code.some((f) => c.call.test(f.text))).map((c) => c.api);
    expect(unused).toEqual(["Worksheet.getRangeByIndexes"]); // replaced by getRange (ExcelApi 1.1) everywhere
  });

  it("the Excel fake refuses each member at the version the d.ts gives", () => {
    for (const [api, minor] of Object.entries(EXCEL_API_MINOR)) expect({ api, minor: apiSet(api).minor }).toEqual({ api, minor });
  });
});
