// Makes sure a Chromium for the browser tests exists (Debian's package; never a Playwright download).
// CHROMIUM_PATH overrides /usr/bin/chromium. As root with apt-get, installs it; otherwise says how.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const HINT = "Thiếu Chromium. Chạy: sudo apt-get update && sudo apt-get install -y chromium";

function hasAptGet() {
  return spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
}

if (!existsSync(path)) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !hasAptGet()) {
    console.error(HINT);
    process.exit(1);
  }
  console.log(`XHHT: không thấy ${path}; cài chromium bằng apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update"], ["install", "-y", "chromium"]]) {
    const run = spawnSync("apt-get", args, { stdio: "inherit", env });
    if (run.status !== 0) {
      console.error(HINT);
      process.exit(1);
    }
  }
  if (!existsSync(path)) {
    console.error(`${HINT} (apt-get đã chạy nhưng vẫn không có ${path}; đặt CHROMIUM_PATH)`);
    process.exit(1);
  }
}
