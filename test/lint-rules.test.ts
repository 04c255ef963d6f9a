// Proves that the ring rule bites: lint the would-be offending code as if it sat in each ring, and compile a core
// file with the core ring's compiler options, where Excel and the DOM do not exist.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

const root = join(__dirname, "..");
const fixtures = join(__dirname, "lint-fixtures");

type LintError = { rule: string | null; message: string };
type Snippet = { code: string; filePath: string };

const SNIPPETS = {
  react: { code: 'import { useState } from "react";\nexport const s = useState;\n', filePath: "src/core/fake-violation.ts" },
  exceljs: { code: 'import ExcelJS from "exceljs";\nexport const w = ExcelJS;\n', filePath: "src/core/fake-violation.ts" },
  adapter: { code: 'import { x } from "../adapters/x";\nexport const y = x;\n', filePath: "src/core/fake-violation.ts" },
  office: { code: "export const ready = () => Office.onReady();\n", filePath: "src/core/fake-violation.ts" },
  dom: { code: "export const title = () => document.title;\n", filePath: "src/core/fake-violation.ts" },
  clock: { code: "export const now = () => Date.now();\n", filePath: "src/core/fake-violation.ts" },
  cleanCore: {
    code: 'import { z } from "zod";\nimport type { Grid } from "./grid/grid";\n\n/** A year as a number. */\nexport const Year = z.number().int();\nexport type MaybeGrid = Grid | null;\n',
    filePath: "src/core/fake-clean.ts",
  },
  uiAdapter: { code: 'import { readRange } from "../adapters/office";\nexport const r = readRange;\n', filePath: "src/ui/fake-violation.ts" },
  appExceljs: { code: 'import ExcelJS from "exceljs";\nexport const w = ExcelJS;\n', filePath: "src/app/fake-violation.ts" },
} satisfies Record<string, Snippet>;

let results: Record<keyof typeof SNIPPETS, LintError[]>;

// ESLint's Node API (new ESLint({ cwd: root }).lintText) in one child process for all snippets: see lint-texts.mjs.
beforeAll(() => {
  const keys = Object.keys(SNIPPETS) as (keyof typeof SNIPPETS)[];
  const input = JSON.stringify(keys.map((k) => ({ code: SNIPPETS[k].code, filePath: join(root, SNIPPETS[k].filePath) })));
  const out = JSON.parse(execFileSync(process.execPath, [join(fixtures, "lint-texts.mjs")], { cwd: root, input, encoding: "utf8" })) as LintError[][];
  results = Object.fromEntries(keys.map((k, i) => [k, out[i]])) as typeof results;
}, 60_000);

const CORE_RULE = /src\/core is the pure domain/;

describe("the core ring (src/core) stays pure", () => {
  it.each([
    ["React", "react", "no-restricted-imports"],
    ["exceljs", "exceljs", "no-restricted-imports"],
    ["an adapter", "adapter", "no-restricted-imports"],
    ["the Office global", "office", "no-restricted-globals"],
    ["the DOM", "dom", "no-restricted-globals"],
    ["the clock", "clock", "no-restricted-properties"],
  ] as const)("refuses %s with a message saying why", (_what, key, rule) => {
    expect(results[key].some((e) => e.rule === rule && CORE_RULE.test(e.message))).toBe(true);
  });

  it("accepts a clean core module", () => {
    expect(results.cleanCore).toEqual([]);
  });
});

describe("the outer rings", () => {
  it("keeps src/ui away from the Office adapter", () => {
    expect(results.uiAdapter.some((e) => /src\/ui renders state/.test(e.message))).toBe(true);
  });

  it("keeps src/app away from exceljs", () => {
    expect(results.appExceljs.some((e) => /src\/app holds workflows/.test(e.message))).toBe(true);
  });
});

describe("the core compiler pass (tsconfig.core.json)", () => {
  it("has no Excel, Office or DOM types", () => {
    const core = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.core.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(String(d.messageText)); } });
    if (!core) throw new Error("tsconfig.core.json did not parse");
    expect(core.options.lib).toEqual(["lib.es2022.d.ts"]);
    expect(core.options.types).toEqual([]);

    const file = join(fixtures, "core-uses-excel.ts");
    const host = ts.createCompilerHost(core.options);
    const readFile = host.readFile.bind(host);
    host.readFile = (name) => (name === file ? readFileSync(file, "utf8") : readFile(name));
    const program = ts.createProgram({ rootNames: [file], options: core.options, host });
    const messages = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/Cannot find namespace 'Excel'/), expect.stringMatching(/Cannot find name 'document'/)]));
  });
});
