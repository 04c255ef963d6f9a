// Builds the task pane harness with webpack's Node API into test/.out/harness, and serves that folder on localhost.
import { copyFileSync, createReadStream, existsSync, mkdirSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import webpack from "webpack";

const ROOT = join(__dirname, "..", "..", "..");
/** Where the harness is built. */
export const HARNESS_OUT = join(ROOT, "test", ".out", "harness");

/** Builds harness.tsx (development mode, no source maps) and copies index.html beside it. */
export function buildHarness(): Promise<string> {
  mkdirSync(HARNESS_OUT, { recursive: true });
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: ["web", "es2022"],
    entry: join(__dirname, "harness.tsx"),
    output: { path: HARNESS_OUT, filename: "harness.js" },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: join(ROOT, "tsconfig.json"), compilerOptions: { noEmit: false } } },
        },
        { test: /\.css$/, type: "asset/source" },
      ],
    },
    performance: { hints: false },
    infrastructureLogging: { level: "error" },
  });
  return new Promise((resolve, reject) =>
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) return reject(new Error(stats?.toString("errors-only") ?? "webpack failed"));
      copyFileSync(join(__dirname, "index.html"), join(HARNESS_OUT, "index.html"));
      resolve(HARNESS_OUT);
    }),
  );
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8" };

/** Serves a folder on a free localhost port; resolves to its base URL and a close function. */
export function serveFolder(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname)));
    const file = path.endsWith("/") || path === dir ? join(path, "index.html") : path;
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://localhost:${port}/`, close: () => new Promise<void>((done) => server.close(() => done())) });
    }),
  );
}
