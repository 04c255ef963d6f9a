// Our bundles are built by webpack, which resolves a chain through zod's nested namespaces wrongly when zod is imported
// as `import { z } from "zod"`: `z.iso.date()` became the top-level `z.date()` (every date string refused) and
// `z.coerce.number()` the plain `z.number()`. Dates use isoDateSchema (src/core/criteria/threshold.schema.ts); no source
// file may call into those nested namespaces again.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const SRC = join(__dirname, "..", "src");
const NESTED = /\bz\.(iso|coerce|locales|regexes)\.\w+\s*\(/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

it("no source calls z.iso.…, z.coerce.…, z.locales.… or z.regexes.…", () => {
  const found = files(SRC).flatMap((p) =>
    readFileSync(p, "utf8")
      .split("\n")
      .map((line, i) => ({ line, at: `${relative(SRC, p)}:${i + 1}` }))
      .filter(({ line }) => NESTED.test(line) && !/^\s*(\/\/|\*)/.test(line))
      .map(({ at }) => at),
  );
  expect(found).toEqual([]);
});

it("the rule sees such a call", () => {
  expect(NESTED.test("export const d = z.iso.date();")).toBe(true);
  expect(NESTED.test("const n = z.coerce.number().min(0);")).toBe(true);
  expect(NESTED.test("const s = z.string().regex(/x/);")).toBe(false);
});
