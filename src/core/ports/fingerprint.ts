import { isCellError, type Grid } from "../grid/grid";

/** A running FNV-1a 64-bit hash in four 16-bit limbs (numbers, not BigInt, so a 100,000-row sheet hashes fast). */
class Fnv64 {
  private h0 = 0x2325;
  private h1 = 0x8422;
  private h2 = 0x9ce4;
  private h3 = 0xcbf2;

  byte(b: number): void {
    this.h0 ^= b;
    // × 0x100000001b3 = × 0x1b3 plus × 2^40 (limb 2 shifted by 8 bits).
    const t0 = this.h0 * 0x1b3;
    let t1 = this.h1 * 0x1b3;
    let t2 = this.h2 * 0x1b3 + (this.h0 << 8);
    const t3 = this.h3 * 0x1b3 + (this.h1 << 8);
    t1 += t0 >>> 16;
    this.h0 = t0 & 0xffff;
    t2 += t1 >>> 16;
    this.h1 = t1 & 0xffff;
    this.h3 = (t3 + (t2 >>> 16)) & 0xffff;
    this.h2 = t2 & 0xffff;
  }

  /** Feeds a text as UTF-8. */
  text(s: string): void {
    for (const ch of s) {
      const c = ch.codePointAt(0) ?? 0;
      if (c < 0x80) {
        this.byte(c);
      } else if (c < 0x800) {
        this.byte(0xc0 | (c >> 6));
        this.byte(0x80 | (c & 63));
      } else if (c < 0x10000) {
        this.byte(0xe0 | (c >> 12));
        this.byte(0x80 | ((c >> 6) & 63));
        this.byte(0x80 | (c & 63));
      } else {
        this.byte(0xf0 | (c >> 18));
        this.byte(0x80 | ((c >> 12) & 63));
        this.byte(0x80 | ((c >> 6) & 63));
        this.byte(0x80 | (c & 63));
      }
    }
  }

  hex(): string {
    return [this.h3, this.h2, this.h1, this.h0].map((x) => x.toString(16).padStart(4, "0")).join("");
  }
}

/** FNV-1a 64-bit hash of a text's UTF-8 bytes, as 16 hex digits (dấu vân tay). Not cryptographic. */
export function fnv1a64(text: string): string {
  const h = new Fnv64();
  h.text(text);
  return h.hex();
}

/** A fingerprint of a grid's position and values, so a report can say which data it checked ("fnv1a64:…"). */
export function fingerprintGrid(grid: Grid): string {
  const h = new Fnv64();
  h.text(`${grid.sheetName}\u001e${grid.origin.row},${grid.origin.col}`);
  for (const row of grid.values) {
    h.text("\u001e");
    // Type tags keep 1 and "1" apart; the unit separator cannot occur in a cell's text by accident.
    for (const v of row) h.text(v === null ? "\u001f" : isCellError(v) ? `\u001fE${v.error}` : `\u001f${typeof v === "number" ? "n" : typeof v === "boolean" ? "b" : "s"}${String(v)}`);
  }
  return `fnv1a64:${h.hex()}`;
}
