/**
 * Writes the test workbooks (npx tsx scripts/make-fixtures.ts), deterministically: a fixed seed per file, fixed dates
 * and fixed zip timestamps. They are built with exceljs directly, not with the product's writer, so the reader is
 * tested against another writer's output.
 *   test/fixtures/golden/  one workbook per real-world quirk (+ README.md listing them)
 *   test/fixtures/bad/     files the reader must refuse with a specific code
 *   test/fixtures/samples/ the dashboard's bundled sample workbooks
 *   test/fixtures/templates/ province template files (column maps) for the forms among the golden fixtures
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bomb, COMMUNE_TABLE_FIXTURES, CSV_TEXT, damageEntry, fixZipDates, FORM_FIXTURES, LIST_FIXTURES, PROVINCE_FORM_TEMPLATES, ods, ole2, randomBytes, SAMPLE_FIXTURES, THM_FIXTURES, type Fixture } from "./fixtures";
import { newWorkbook } from "./fixtures/golden-thm";

const ROOT = join(__dirname, "..", "test", "fixtures");

function freshDir(name: string, keep: (f: string) => boolean = () => false): string {
  const dir = join(ROOT, name);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (!keep(f)) rmSync(join(dir, f));
  return dir;
}

async function writeFixtures(dir: string, fixtures: readonly Fixture[], title: string): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  const lines = [`# ${title}`, "", "Made by `npx tsx scripts/make-fixtures.ts` (exceljs directly, seeded, fixed dates). One line per file: its quirk.", ""];
  for (const f of fixtures) {
    const bytes = fixZipDates(new Uint8Array(await f.build().xlsx.writeBuffer()));
    writeFileSync(join(dir, `${f.name}.xlsx`), bytes);
    out.set(f.name, bytes);
    lines.push(`- \`${f.name}.xlsx\` — ${f.quirk}`);
  }
  writeFileSync(join(dir, "README.md"), `${lines.join("\n")}\n`);
  return out;
}

async function main(): Promise<void> {
  const started = Date.now();
  const golden = await writeFixtures(freshDir("golden"), [...THM_FIXTURES, ...LIST_FIXTURES, ...FORM_FIXTURES, ...COMMUNE_TABLE_FIXTURES], "Golden fixtures");
  writeFileSync(join(freshDir("templates"), "province-form.json"), `${JSON.stringify(PROVINCE_FORM_TEMPLATES, null, 2)}\n`);
  await writeFixtures(freshDir("samples"), SAMPLE_FIXTURES, "Sample workbooks bundled with the dashboard");

  const bad = freshDir("bad");
  const clean = golden.get("thm-clean-commune-2024") as Uint8Array;
  const noSheets = fixZipDates(new Uint8Array(await newWorkbook().xlsx.writeBuffer()));
  const files: [string, Uint8Array | string, string][] = [
    ["empty.xlsx", new Uint8Array(0), "file-empty: 0 bytes"],
    ["truncated.xlsx", clean.subarray(0, Math.floor(clean.length / 2)), "file-corrupt: the first half of thm-clean-commune-2024.xlsx"],
    ["damaged-entry.xlsx", damageEntry(clean, "xl/worksheets/sheet1.xml"), "file-corrupt: a whole zip whose sheet part has garbage in its deflated bytes"],
    ["corrupt.xlsx", randomBytes(4096, 7), "file-not-zip: seeded random bytes"],
    ["legacy.xls", ole2(["Workbook", "\u0005SummaryInformation"]), "file-xls: an OLE2 file with a 'Workbook' stream"],
    ["legacy-renamed.xlsx", ole2(["Workbook"]), "file-xls: the same, renamed .xlsx"],
    ["encrypted.xlsx", ole2(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]), "file-encrypted: OLE2 with EncryptionInfo and EncryptedPackage"],
    ["sheet.ods", ods(), "file-ods: a zip with the OpenDocument spreadsheet mimetype"],
    ["sheet-ods-renamed.xlsx", ods(), "file-ods: the same, renamed .xlsx"],
    ["data.xlsx", CSV_TEXT, "file-csv: a CSV report renamed .xlsx"],
    ["bomb.xlsx", await bomb(200), "zip-bomb: one part claims 200 MB of zeros packed ~1000:1"],
    ["no-sheets.xlsx", noSheets, "no-sheets: a valid workbook without any worksheet"],
  ];
  const lines = ["# Bad files", "", "Each must be refused with its own code (see test/xlsx-errors.test.ts).", ""];
  for (const [name, data, what] of files) {
    writeFileSync(join(bad, name), data);
    lines.push(`- \`${name}\` — ${what}`);
  }
  writeFileSync(join(bad, "README.md"), `${lines.join("\n")}\n`);
  process.stdout.write(`fixtures: ${golden.size} golden, ${SAMPLE_FIXTURES.length} samples, ${files.length} bad — ${Date.now() - started} ms\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
