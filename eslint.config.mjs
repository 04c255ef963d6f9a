// Lint for XHHT. The ring rule (core ← app ← adapters/ui ← entries) is enforced here, per folder, tests included;
// each restriction says the rule in words so the person who hits it knows why.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const ring = {
  core: "src/core is the pure domain: it may import only other core modules and zod. No React, Office, exceljs, DOM, Node, files, clock or randomness — pass those in as parameters or ports.",
  app: "src/app holds workflows over ports declared in core: it may import core and zod only, never an adapter, React, Office or exceljs. Adapters are handed in by an entry.",
  adapters: "src/adapters talk to Excel or files for the app: they may import core, never app, ui or entries.",
  ui: "src/ui renders state and raises intents: it gets services through context from an entry and never imports an adapter or exceljs (Microsoft's TaskPane-React pattern).",
};

const noGlobals = (msg) =>
  ["window", "document", "navigator", "localStorage", "sessionStorage", "fetch", "XMLHttpRequest", "Office", "Excel", "CustomFunctions", "OfficeRuntime", "process", "require", "setTimeout", "setInterval", "crypto", "performance"].map(
    (name) => ({ name, message: msg }),
  );

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test/.out/**", "bench/.out/**", "test/lint-fixtures/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "import-x": importX, "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: { "import-x/resolver": { node: { extensions: [".ts", ".tsx", ".js", ".mjs"] } } },
    rules: {
      "import-x/no-cycle": ["error", { maxDepth: 12, ignoreExternal: true }],
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    files: ["src/core/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { regex: "^(?!zod$|zod/|\\.{1,2}/)", message: ring.core },
        { regex: "(^|/)(app|adapters|ui|entries)(/|$)", message: ring.core },
      ] }],
      "no-restricted-globals": ["error", ...noGlobals(ring.core)],
      "no-restricted-properties": ["error",
        { object: "Date", property: "now", message: ring.core },
        { object: "Math", property: "random", message: ring.core },
      ],
      "no-restricted-syntax": ["error", { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: ring.core }],
    },
  },
  {
    // Property tests of the core may use fast-check; everything else of the ring rule still applies to them.
    files: ["src/core/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { regex: "^(?!zod$|zod/|fast-check$|\\.{1,2}/)", message: ring.core },
        { regex: "(^|/)(app|adapters|ui|entries)(/|$)", message: ring.core },
      ] }],
    },
  },
  {
    files: ["src/app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { regex: "^(?!zod$|zod/|\\.{1,2}/)", message: ring.app },
        { regex: "(^|/)(adapters|ui|entries)(/|$)", message: ring.app },
      ] }],
      "no-restricted-globals": ["error", ...noGlobals(ring.app).filter((g) => !["setTimeout", "performance"].includes(g.name))],
    },
  },
  {
    files: ["src/adapters/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { regex: "(^|/)(app|ui|entries)(/|$)", message: ring.adapters },
        { regex: "^react(-dom)?$|^@fluentui/", message: ring.adapters },
      ] }],
    },
  },
  {
    files: ["src/ui/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { regex: "(^|/)(adapters|entries)(/|$)", message: ring.ui },
        { regex: "^exceljs$", message: ring.ui },
      ] }],
      "no-restricted-globals": ["error", { name: "Excel", message: ring.ui }, { name: "Office", message: ring.ui }],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
