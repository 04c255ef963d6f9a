// Run by test/cli-pool-task.test.ts in a child node (through tsx: jest cannot load tinypool, an ES module): checks the
// files given with worker threads started at once, and prints the result order and the checks as JSON.
import { join } from "node:path";
import { checkFilesPooled } from "../../src/entries/cli/pool";

const files = process.argv.slice(2);
const order: number[] = [];
void checkFilesPooled(files, { lang: "vi", ctx: { today: { year: 2026, month: 11, day: 29 } } }, (i) => order.push(i), undefined, {
  worker: join(__dirname, "..", "..", "dist", "cli", "check-task.js"),
  workersAfterMs: 0,
  minWorkMs: 0,
  idleCores: 2,
}).then((checks) => process.stdout.write(JSON.stringify({ order, checks })));
