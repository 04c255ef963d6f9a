// Big tong-hop-mo-hinh workbooks for the reader bench, written straight as SpreadsheetML (shared strings, styles,
// merged headers, a totals row), each part deflated as it is produced (fflate), so 1M rows never sit in memory as XML.
// The zip is written with sizes in the local headers (no data descriptors), which every reader — SheetJS included —
// accepts.
// Generated into bench/.out/ (git-ignored) and cached; exceljs cannot write 1M rows in reasonable memory.
import { closeSync, existsSync, mkdirSync, openSync, renameSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { crc32 } from "node:zlib";
import { Deflate, strToU8 } from "fflate";
import { LAO_CAI_COMMUNES, VILLAGES } from "../scripts/fixtures/admin";
import { makeRng } from "../scripts/fixtures/prng";
import { FIELD_LABEL, GROUP_LABEL, rate1, villageCounts, type GroupId } from "../scripts/fixtures/thm";
import { OUT_DIR } from "./util";

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const col = (c: number): string => (c >= 26 ? col(Math.floor(c / 26) - 1) : "") + String.fromCharCode(65 + (c % 26));
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const STATIC: Record<string, string> = {
  "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RNS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook ${NS} xmlns:r="${RNS}"><sheets><sheet name="Biểu tổng hợp" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RNS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${RNS}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${RNS}/styles" Target="styles.xml"/></Relationships>`,
  "xl/styles.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
};

/** A zip written entry by entry: each entry's data is deflated as pushed and kept (compressed) until it ends. */
class ZipFile {
  private readonly fd: number;
  private offset = 0;
  private readonly central: Uint8Array[] = [];

  constructor(path: string) {
    this.fd = openSync(path, "w");
  }

  private write(b: Uint8Array): void {
    writeSync(this.fd, b);
    this.offset += b.length;
  }

  entry(name: string): { push(data: Uint8Array, final?: boolean): void } {
    const packed: Uint8Array[] = [];
    let crc = 0;
    let size = 0;
    const deflate = new Deflate({ level: 6 }, (chunk) => packed.push(chunk));
    return {
      push: (data, final = false) => {
        crc = crc32(data, crc);
        size += data.length;
        deflate.push(data, final);
        if (final) this.add(name, packed, crc, size);
      },
    };
  }

  private add(name: string, packed: readonly Uint8Array[], crc: number, size: number): void {
    const nameBytes = strToU8(name);
    const csize = packed.reduce((n, p) => n + p.length, 0);
    const header = (central: boolean): Uint8Array => {
      const h = new Uint8Array((central ? 46 : 30) + nameBytes.length);
      const v = new DataView(h.buffer);
      v.setUint32(0, central ? 0x02014b50 : 0x04034b50, true);
      let o = 4;
      if (central) {
        v.setUint16(o, 20, true);
        o += 2;
      }
      v.setUint16(o, 20, true);
      v.setUint16(o + 2, 0x0800, true);
      v.setUint16(o + 4, 8, true);
      v.setUint16(o + 6, 0, true);
      v.setUint16(o + 8, 0x21, true);
      v.setUint32(o + 10, crc >>> 0, true);
      v.setUint32(o + 14, csize, true);
      v.setUint32(o + 18, size, true);
      v.setUint16(o + 22, nameBytes.length, true);
      if (central) v.setUint32(42, this.offset, true);
      h.set(nameBytes, central ? 46 : 30);
      return h;
    };
    this.central.push(header(true));
    this.write(header(false));
    for (const p of packed) this.write(p);
  }

  end(): void {
    const start = this.offset;
    for (const c of this.central) this.write(c);
    const eocd = new Uint8Array(22);
    const v = new DataView(eocd.buffer);
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, this.central.length, true);
    v.setUint16(10, this.central.length, true);
    v.setUint32(12, this.offset - start, true);
    v.setUint32(16, start, true);
    this.write(eocd);
    closeSync(this.fd);
  }
}

/** The column groups of an 11-column (2 groups) or 25-column (5 groups, a rate and a note) sheet. */
function groupsFor(cols: 11 | 25): GroupId[] {
  return cols === 11 ? ["gd", "dh"] : ["gd", "dh", "thon", "dv", "cd"];
}

/** Writes (once) and returns the path of a `rows` × `cols` summary workbook, deterministic for the seed. */
export function bigWorkbook(rows: number, cols: 11 | 25, seed = 1, file = join(OUT_DIR, "xlsx", `thm-${rows}x${cols}.xlsx`)): string {
  if (existsSync(file)) return file;
  mkdirSync(dirname(file), { recursive: true });
  const zip = new ZipFile(`${file}.part`);
  for (const [name, text] of Object.entries(STATIC)) {
    const f = zip.entry(name);
    f.push(strToU8(text), true);
  }
  const strings: string[] = [];
  const str = (s: string): string => `t="s"><v>${strings.push(s) - 1}</v>`;
  const sheet = zip.entry("xl/worksheets/sheet1.xml");
  const groups = groupsFor(cols);
  const width = cols;
  let buf = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${NS} xmlns:r="${RNS}"><dimension ref="A1:${col(width - 1)}${rows + 5}"/><sheetData>`;
  const flush = (final = false): void => {
    if (buf.length > 1 << 20 || final) {
      sheet.push(strToU8(buf), final);
      buf = "";
    }
  };
  const textRow = (r: number, cells: (string | null)[]): void => {
    buf += `<row r="${r}">${cells.map((t, c) => (t === null ? "" : `<c r="${col(c)}${r}" s="1" ${str(t)}</c>`)).join("")}</row>`;
  };
  textRow(1, ["UBND TỈNH LÀO CAI"]);
  textRow(2, ["BIỂU TỔNG HỢP KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP NĂM 2025"]);
  const top: (string | null)[] = ["STT", "Tên đơn vị", "Mã đơn vị", ...groups.flatMap((g) => [GROUP_LABEL[g], null, null, null])];
  const sub: (string | null)[] = [null, null, null, ...groups.flatMap(() => [FIELD_LABEL.total, FIELD_LABEL.reg, FIELD_LABEL.rec, FIELD_LABEL.rate])];
  if (cols === 25) {
    top.push("Tỷ lệ đăng ký GĐHT (%)", "Ghi chú");
    sub.push(null, null);
  }
  textRow(3, top);
  textRow(4, sub);
  const rng = makeRng(seed);
  const sums = groups.map(() => [0, 0, 0]);
  for (let i = 0; i < rows; i++) {
    const r = i + 5;
    const commune = LAO_CAI_COMMUNES[i % LAO_CAI_COMMUNES.length];
    const counts = villageCounts(rng);
    let row = `<row r="${r}"><c r="A${r}"><v>${i + 1}</v></c><c r="B${r}" ${str(`${VILLAGES[i % VILLAGES.length]} (${commune.name}) ${Math.floor(i / VILLAGES.length) + 1}`)}</c><c r="C${r}" ${str(commune.code)}</c>`;
    groups.forEach((g, k) => {
      const c = counts[g] ?? { total: 0, reg: 0, rec: 0 };
      const at = 3 + k * 4;
      sums[k][0] += c.total;
      sums[k][1] += c.reg;
      sums[k][2] += c.rec;
      row += `<c r="${col(at)}${r}" s="3"><v>${c.total}</v></c><c r="${col(at + 1)}${r}" s="3"><v>${c.reg}</v></c><c r="${col(at + 2)}${r}" s="3"><v>${c.rec}</v></c><c r="${col(at + 3)}${r}" s="2"><v>${rate1(c.rec, c.total)}</v></c>`;
    });
    if (cols === 25) {
      const gd = counts.gd ?? { total: 0, reg: 0, rec: 0 };
      row += `<c r="X${r}" s="2"><v>${rate1(gd.reg, gd.total)}</v></c>${i % 97 === 0 ? `<c r="Y${r}" ${str("Thôn mới sáp nhập")}</c>` : ""}`;
    }
    buf += `${row}</row>`;
    flush();
  }
  const last = rows + 5;
  buf += `<row r="${last}"><c r="B${last}" ${str("Toàn tỉnh")}</c>${groups.map((_, k) => [...sums[k], rate1(sums[k][2], sums[k][0])].map((v, j) => `<c r="${col(3 + k * 4 + j)}${last}" s="${j === 3 ? 2 : 3}"><v>${v}</v></c>`).join("")).join("")}</row>`;
  const merges = [0, 1, 2].map((c) => `${col(c)}3:${col(c)}4`).concat(groups.map((_, k) => `${col(3 + k * 4)}3:${col(6 + k * 4)}3`));
  if (cols === 25) merges.push("X3:X4", "Y3:Y4");
  buf += `</sheetData><mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells></worksheet>`;
  flush(true);
  const sst = zip.entry("xl/sharedStrings.xml");
  sst.push(strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst ${NS} count="${strings.length}" uniqueCount="${strings.length}">`));
  for (let i = 0; i < strings.length; i += 50_000) sst.push(strToU8(strings.slice(i, i + 50_000).map((s) => `<si><t>${esc(s)}</t></si>`).join("")));
  sst.push(strToU8("</sst>"), true);
  zip.end();
  renameSync(`${file}.part`, file);
  return file;
}
