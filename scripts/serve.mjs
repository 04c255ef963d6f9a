// A tiny static server for the built dist/ folder (no dependencies): `npm start` builds, then runs this.
// PORT picks the port (0 = any free one); XHHT_DIST picks another folder. Binds to the loopback interface only.
import { createServer } from "node:http";
import { createReadStream, statSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(process.env.XHHT_DIST || join(fileURLToPath(new URL("..", import.meta.url)), "dist"));
const port = process.env.PORT === undefined || process.env.PORT === "" ? 3000 : Number(process.env.PORT);

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function fileFor(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split("?")[0]);
  } catch {
    return null;
  }
  if (path === "/" || path === "") path = "/dashboard.html";
  const file = resolve(root, "." + path);
  if (file !== root && !file.startsWith(root + sep)) return null; // no escaping dist/
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

const server = createServer((req, res) => {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  const file = fileFor(req.url || "/");
  if (!file) {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Không tìm thấy / Not found\n");
    return;
  }
  const headers = {
    "Content-Type": MIME[extname(file).toLowerCase()] || "application/octet-stream",
    "Content-Length": statSync(file).size,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
  // Excel on the web fetches the custom functions metadata from another origin.
  if (file.endsWith(`${sep}functions.json`)) headers["Access-Control-Allow-Origin"] = "*";
  res.writeHead(200, headers);
  if (req.method === "HEAD") res.end();
  else createReadStream(file).pipe(res);
});

server.on("error", (err) => {
  console.error(`XHHT: không mở được cổng ${port} (${err.code || err.message}). Thử PORT=3001 npm start.`);
  process.exit(1);
});

server.listen(port, "127.0.0.1", () => {
  const actual = server.address().port;
  console.log(`XHHT: mở http://localhost:${actual}/dashboard.html`);
});

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
