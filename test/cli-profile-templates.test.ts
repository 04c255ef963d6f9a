/** `--province` with a template file inside the profile (version 2): the built CLI recognises the province's own form. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jsonReportSchema } from "../src/app/json-report";
import { statusJsonSchema } from "../src/app/status-report";
import { laoCaiProfile } from "../src/core/province";

const root = join(__dirname, "..");
const cli = join(root, "dist", "cli", "xhht.js");
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", cwd: root });
const FORM_FILE = join(root, "test", "fixtures", "golden", "province-form-unmapped.xlsx");
const GIA_DINH = join(root, "test", "fixtures", "golden", "gdht-clean.xlsx");
const TEMPLATES = JSON.parse(readFileSync(join(root, "test", "fixtures", "templates", "province-form.json"), "utf8")) as unknown;
let dir = "";

beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/cli/xhht.js is missing: run `npm run build` first (npm test does).");
  dir = mkdtempSync(join(tmpdir(), "xhht-ho-so-"));
});

const statusOfForm = (...extra: string[]) => {
  const doc = statusJsonSchema.parse(JSON.parse(run("status", "--json", "--year", "2024", ...extra, FORM_FILE).stdout));
  return [...doc.units.flatMap((u) => u.files), ...doc.apart].find((f) => f.path.endsWith("province-form-unmapped.xlsx"))?.status;
};

describe("the profile's template file in the CLI", () => {
  it("xhht status reads the province's own form only with a profile that carries its template file", () => {
    expect(statusOfForm()).toBe("unchecked");
    const file = join(dir, "ho-so-bieu-mau.json");
    writeFileSync(file, JSON.stringify({ ...laoCaiProfile(), id: "lao-cai-bieu-mau", templates: TEMPLATES }));
    expect(statusOfForm("--province", file)).not.toBe("unchecked");
  });

  it("xhht profile writes version 2 without a template file, and a version 1 profile is still read", () => {
    const written = JSON.parse(run("profile").stdout) as { version: number; templates: unknown };
    expect([written.version, written.templates]).toEqual([2, null]);
    const v1 = join(dir, "ho-so-v1.json");
    writeFileSync(v1, JSON.stringify({ ...laoCaiProfile(), version: 1, templates: [] }));
    const r = run("profile", "--province", v1);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { version: number }).version).toBe(2);
  });

  it("refuses a template file that maps a field its template lacks, naming it", () => {
    const file = join(dir, "ho-so-hong.json");
    const form = TEMPLATES as { maps: { columns: unknown[] }[] };
    writeFileSync(file, JSON.stringify({ ...laoCaiProfile(), templates: { ...form, maps: [{ ...form.maps[0], columns: [...form.maps[0].columns, { header: "Khác", field: "khong-co" }] }] } }));
    const r = run("status", "--province", file, FORM_FILE);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Hồ sơ tỉnh, mục templates — Bản ghép 1 ('Mẫu tỉnh'), cột 6 (\"Khác\"), mục field: biểu 'tong-hop-mo-hinh' không có cột 'khong-co'.");
  });

  it("xhht check and rollup take --province: its template file makes the form checkable and the verdicts rest on its confirmed set", () => {
    const file = join(dir, "ho-so-check.json");
    const confirmed = [{ base: "gia-dinh-448", path: "tc3.min", value: 12, document: { number: "123/HD-SGDĐT", date: "2025-09-01" } }];
    writeFileSync(file, JSON.stringify({ ...laoCaiProfile(), id: "lao-cai-check", templates: TEMPLATES, confirmedValues: confirmed }));
    const check = (...extra: string[]) => jsonReportSchema.parse(JSON.parse(run("check", "--json", ...extra, FORM_FILE, GIA_DINH).stdout));
    const versions = (doc: ReturnType<typeof check>) => new Set(doc.files[1].sheets.flatMap((s) => s.verdicts ?? []).map((v) => `${v.criteria.id} ${v.criteria.version}`));
    const [plain, withProfile] = [check(), check("--province", file)];
    expect([plain.files[0].status, withProfile.files[0].status]).toEqual(["unchecked", "checked"]);
    // Every verdict rests on the profile's confirmed set (its version names the province's document), not the built-in one.
    expect([...versions(withProfile)]).toEqual(["gia-dinh-448 lao-cai-check: 123/HD-SGDĐT"]);
    expect([...versions(plain)]).toHaveLength(1);
    expect(versions(plain)).not.toEqual(versions(withProfile));
    const bad = run("check", "--province", join(dir, "khong-co.json"), GIA_DINH);
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringContaining("Không đọc được tệp hồ sơ tỉnh")]);
    const rollup = run("rollup", "--province", file, "-o", join(dir, "tong-hop.xlsx"), FORM_FILE);
    expect(rollup.status).toBe(0);
  });
});
