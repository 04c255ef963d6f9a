import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

// Generated straight from the source, as custom-functions-metadata-plugin does in the build, so the check does not
// depend on a prior `npm run build`; when dist/functions.json exists it must say the same.
const SOURCE = join(__dirname, "..", "src", "entries", "functions", "functions.ts");

interface Param {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: Param[];
  result: { type?: string; dimensionality?: string };
  options?: { requiresParameterAddresses?: boolean };
}

let functions: Fn[] = [];

beforeAll(async () => {
  const r = await generateCustomFunctionsMetadata(SOURCE);
  expect(r.errors).toEqual([]);
  functions = (JSON.parse(r.metadataJson) as { functions: Fn[] }).functions;
}, 60_000);

const VIETNAMESE = /[ăâđêôơưáàảãạếềểễệốồổỗộớờởỡợúùủũụứừửữựíìỉĩịýỳỷỹỵ]/i;

const EXPECTED: Record<string, [string, string, string?, boolean?][]> = {
  CONGDAN: [["scores", "number", "matrix"], ["year", "number", "scalar", true]],
  GIADINH: [["tc1", "number"], ["tc2", "number"], ["tc3", "number"], ["tc4", "number"], ["year", "number", "scalar", true]],
  DONGHO: [["households", "number"], ["recognised", "number"], ["hasFund", "any"], ["hasRules", "any"], ["year", "number", "scalar", true]],
  THON: [["households", "number"], ["recognised", "number"], ["culturalVillage", "any"], ["associationActive", "any"], ["year", "number", "scalar", true]],
  DONVI: [["c1", "number"], ["c2", "number"], ["c3", "number"], ["year", "number", "scalar", true], ["level", "string", "scalar", true]],
  LYDO: [["title", "string"], ["inputs", "any", "matrix"], ["year", "number", "scalar", true]],
  TYLE: [["recognised", "number"], ["total", "number"]],
  DIEM: [["scores", "number", "matrix"]],
};

describe("functions.json of the XHHT custom functions", () => {
  it("lists exactly the expected functions", () => {
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of functions) expect(f.name).toBe(f.id);
  });

  it.each(Object.entries(EXPECTED))("%s has Vietnamese descriptions and typed parameters", (id, params) => {
    const f = functions.find((x) => x.id === id)!;
    expect(f.description).toMatch(VIETNAMESE);
    expect(f.parameters.map((p) => p.name)).toEqual(params.map((p) => p[0]));
    params.forEach(([name, type, dim = "scalar", optional = false]) => {
      const p = f.parameters.find((x) => x.name === name)!;
      expect({ name, type: p.type ?? "any", dim: p.dimensionality ?? "scalar", optional: p.optional ?? false }).toEqual({ name, type, dim, optional });
      expect(p.description ?? "").toMatch(VIETNAMESE);
    });
  });

  it("result types: text results are strings, DIEM a number, TYLE any (number or empty)", () => {
    const type = (id: string) => functions.find((f) => f.id === id)!.result.type;
    expect(["CONGDAN", "GIADINH", "DONGHO", "THON", "DONVI", "LYDO"].map(type)).toEqual(Array(6).fill("string"));
    expect(type("DIEM")).toBe("number");
    expect(type("TYLE") ?? "any").toBe("any");
  });

  it("asks Excel for the parameters' addresses wherever a blank cell must not read as 0 (CustomFunctionsRuntime 1.3)", () => {
    const asks = functions.filter((f) => f.options?.requiresParameterAddresses).map((f) => f.id).sort();
    expect(asks).toEqual(["CONGDAN", "DONGHO", "DONVI", "GIADINH", "LYDO", "THON", "TYLE"]);
  });

  it("agrees with the built dist/functions.json when there is one", () => {
    const built = join(__dirname, "..", "dist", "functions.json");
    if (!existsSync(built)) return;
    const ids = (JSON.parse(readFileSync(built, "utf8")) as { functions: Fn[] }).functions.map((f) => f.id).sort();
    expect(ids).toEqual(functions.map((f) => f.id).sort());
  });
});
