// Webpack for XHHT: the Office pages (taskpane.html loads every chunk: one shared runtime), the offline dashboard,
// and — when its entry exists — the Node CLI. ts-loader only transpiles; `npm run typecheck` does the type check.
const fs = require("node:fs");
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const root = __dirname;
const DEV_URL = "https://localhost:3000/";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const FUNCTIONS_ENTRY = "./src/entries/functions/functions.ts";
const CLI_ENTRY = "./src/entries/cli/xhht.ts";
const ZOD_JITLESS = "./src/entries/zod-jitless.ts"; // first in each page bundle: see that file

const csp = (directives) =>
  Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");

// The dashboard works from disk or any static host, so it may only talk to itself.
const DASHBOARD_CSP = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'", "'unsafe-inline'"], // Fluent's Griffel injects <style> rules at run time
  "img-src": ["'self'", "data:", "blob:"],
  "font-src": ["'self'", "data:"],
  "worker-src": ["'self'", "blob:"],
  "connect-src": ["'self'", "blob:"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
};

// office.js pulls its host scripts and strings from the same CDN and, on some hosts, from ajax.aspnetcdn.com
// (OfficeDev/office-js#1005); it talks to Excel through postMessage or the host bridge, which CSP does not govern.
const OFFICE_ORIGINS = ["https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"];
const TASKPANE_CSP = {
  ...DASHBOARD_CSP,
  "script-src": ["'self'", ...OFFICE_ORIGINS],
  "connect-src": ["'self'", "blob:", ...OFFICE_ORIGINS],
  "frame-src": ["'self'", ...OFFICE_ORIGINS],
};

/** The add-in base URL for a production build: `ADDIN_URL`, always ending in "/". */
function addinUrl(env = process.env) {
  const raw = env.ADDIN_URL && env.ADDIN_URL.trim() ? env.ADDIN_URL.trim() : DEV_URL;
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL phải là https:// (Office only loads https add-ins): ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** package.json's version as the manifest's four-part <Version> ("0.2.1" → "0.2.1.0"); a pre-release tag is dropped. */
function manifestVersion(version) {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!m) throw new Error(`package.json version "${version}" is not x.y.z`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/**
 * manifest.xml with the development URL (and its origin, in AppDomains) replaced by `url`, and <Version> set from
 * package.json: Excel caches functions.json until the manifest's version changes, so each release bumps it.
 */
function manifestForUrl(xml, url, version = require("./package.json").version) {
  const origin = new URL(url).origin;
  const rewritten = xml.split(DEV_URL).join(url).split(DEV_URL.replace(/\/$/, "")).join(origin);
  return rewritten.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
}

function browserConfig(mode, serving) {
  const production = mode === "production";
  const hasFunctions = fs.existsSync(path.join(root, FUNCTIONS_ENTRY));
  const url = production ? addinUrl() : DEV_URL;
  const entry = {
    taskpane: [ZOD_JITLESS, "./src/entries/taskpane/index.tsx"],
    commands: "./src/entries/commands/commands.ts",
    dashboard: [ZOD_JITLESS, "./src/entries/dashboard/index.tsx"],
  };
  const plugins = [];
  if (hasFunctions) {
    entry.functions = [ZOD_JITLESS, "./src/entries/taskpane/without-office.ts", FUNCTIONS_ENTRY];
    plugins.push(new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_ENTRY }));
  } else {
    plugins.push({
      apply: (compiler) =>
        compiler.hooks.thisCompilation.tap("XhhtMissingFunctions", (compilation) => {
          compilation.warnings.push(new webpack.WebpackError(`${FUNCTIONS_ENTRY} is missing: no functions.js / functions.json in this build.`));
        }),
    });
  }
  plugins.push(
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/entries/taskpane/taskpane.html",
      chunks: ["taskpane", "commands", ...(hasFunctions ? ["functions"] : [])],
      chunksSortMode: "manual",
      officeJs: OFFICE_JS,
      csp: csp(TASKPANE_CSP), // written first in <head>: a CSP meta tag governs only what follows it
      scriptLoading: "defer",
    }),
    new HtmlWebpackPlugin({
      filename: "dashboard.html",
      template: "./src/entries/dashboard/dashboard.html",
      chunks: ["dashboard"],
      csp: csp(DASHBOARD_CSP),
      scriptLoading: "defer",
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: "assets/[name][ext]" },
        // The bundled sample workbooks the dashboard opens on first start (made by `npm run fixtures`).
        { from: "test/fixtures/samples/*.xlsx", to: "samples/[name][ext]", noErrorOnMissing: true },
        { from: "manifest.xml", to: "manifest.xml", transform: (content) => manifestForUrl(content.toString("utf8"), url) },
      ],
    }),
    // samples/index.json: the list of sample workbooks the dashboard fetches from its own origin.
    {
      apply: (compiler) =>
        compiler.hooks.thisCompilation.tap("XhhtSamples", (compilation) => {
          compilation.hooks.processAssets.tap({ name: "XhhtSamples", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
            const dir = path.join(root, "test/fixtures/samples");
            const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx")).sort() : [];
            compilation.emitAsset("samples/index.json", new webpack.sources.RawSource(JSON.stringify(names)));
          });
        }),
    },
    // Lets the build test tell a production build from a leftover `npm start` (development) build.
    {
      apply: (compiler) =>
        compiler.hooks.thisCompilation.tap("XhhtBuildInfo", (compilation) => {
          compilation.hooks.processAssets.tap({ name: "XhhtBuildInfo", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
            compilation.emitAsset("build-info.json", new webpack.sources.RawSource(JSON.stringify({ mode, addinUrl: url, functions: hasFunctions }, null, 2)));
          });
        }),
    },
  );

  return {
    name: "web",
    mode,
    // es2022 tells webpack that globalThis exists, so its runtime drops the `new Function("return this")` fallback.
    target: ["web", "es2022"],
    entry,
    // Never an eval-based devtool: the pages forbid eval through their Content-Security-Policy.
    devtool: "source-map",
    output: { path: path.join(root, "dist"), filename: "[name].js", clean: { keep: /^cli\// } },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, configFile: path.join(root, "tsconfig.json"), compilerOptions: { noEmit: false } } } },
        { test: /\.css$/, type: "asset/source" },
        { test: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/, use: path.join(root, "scripts/webpack/no-eval-loader.js") },
      ],
    },
    plugins,
    performance: { hints: false }, // the bundle budget is asserted in test/build.test.ts
    devServer: serving
      ? {
          port: Number(process.env.PORT) || 3000,
          headers: { "Access-Control-Allow-Origin": "*" }, // Excel on the web fetches functions.json cross-origin
          static: false, // everything, assets and manifest included, comes from the compiler
          server: { type: "https", options: serving.https },
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
}

function cliConfig(mode) {
  return {
    name: "cli",
    mode,
    target: "node20",
    // check-task is the worker threads' module (tinypool imports its default export), emitted next to xhht.js.
    entry: { xhht: CLI_ENTRY, "check-task": { import: "./src/entries/cli/check-task.ts", library: { type: "commonjs2" } } },
    devtool: mode === "production" ? false : "source-map",
    output: { path: path.join(root, "dist", "cli"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
    // Packages stay in node_modules (exceljs and friends are installed with the CLI); only our source is bundled.
    externals: [({ request }, callback) => (/^(node:|[a-z@][^:]*$)/i.test(request) && !request.startsWith(".") ? callback(null, `commonjs ${request}`) : callback())],
    module: {
      // CommonJS output keeps the entry's `require.main === module` check true: in an ES module webpack wraps
      // `module` in a harmony decorator, so the comparison fails and the CLI silently does nothing.
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, configFile: path.join(root, "tsconfig.json"), compilerOptions: { noEmit: false, module: "commonjs", moduleResolution: "node10" } } } }],
    },
    optimization: { minimize: false },
    plugins: [
      new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true }),
      {
        apply: (compiler) =>
          compiler.hooks.afterEmit.tap("XhhtCliExecutable", () => {
            const file = path.join(root, "dist", "cli", "xhht.js");
            if (fs.existsSync(file)) fs.chmodSync(file, 0o755);
          }),
      },
    ],
    performance: { hints: false },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  let https;
  if (serving) {
    // Only `webpack serve` needs certificates; a plain build and the tests never touch them.
    const devCerts = require("office-addin-dev-certs");
    https = await devCerts.getHttpsServerOptions();
  }
  const configs = [browserConfig(mode, serving ? { https } : false)];
  if (!serving && fs.existsSync(path.join(root, CLI_ENTRY))) configs.push(cliConfig(mode));
  return configs;
};

module.exports.manifestForUrl = manifestForUrl;
module.exports.manifestVersion = manifestVersion;
module.exports.addinUrl = addinUrl;
module.exports.DEV_URL = DEV_URL;
module.exports.OFFICE_JS = OFFICE_JS;
