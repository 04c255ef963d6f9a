// Draws the add-in icons (a green rounded square with a white open book and a check) by pixel math and writes them
// as PNG with node's zlib only, so the assets are reproducible: `node scripts/make-icons.mjs`.
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SIZES = [16, 32, 64, 80];
const GREEN = [0x1b, 0x7a, 0x43];
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 4; // 4×4 samples per pixel give smooth edges without a rasteriser library

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Inside a rounded square covering the unit square with corner radius r. */
function inRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= 0 && x <= 1 && y >= 0 && y <= 1;
}

/** Inside a convex polygon given clockwise in screen coordinates. */
function inPolygon(x, y, pts) {
  for (let i = 0; i < pts.length; i++) {
    const [ax, ay] = pts[i];
    const [bx, by] = pts[(i + 1) % pts.length];
    if ((bx - ax) * (y - ay) - (by - ay) * (x - ax) < 0) return false;
  }
  return true;
}

function nearSegment(x, y, [ax, ay], [bx, by], halfWidth) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= halfWidth * halfWidth;
}

// Two pages of an open book, slightly raised at the outer edges; the spine is the green gap between them.
const LEFT_PAGE = [[0.15, 0.3], [0.47, 0.36], [0.47, 0.8], [0.15, 0.74]];
const RIGHT_PAGE = [[0.53, 0.36], [0.85, 0.3], [0.85, 0.74], [0.53, 0.8]];
const CHECK = [[0.6, 0.56], [0.67, 0.64], [0.79, 0.46]];

/** Colour at a point of the unit square: null outside the icon, else an RGB triple. */
function colourAt(x, y, size) {
  if (!inRoundedSquare(x, y, 0.2)) return null;
  const onPage = inPolygon(x, y, LEFT_PAGE) || inPolygon(x, y, RIGHT_PAGE);
  if (!onPage) return GREEN;
  // The check is drawn only where there are enough pixels to read it.
  if (size >= 32 && (nearSegment(x, y, CHECK[0], CHECK[1], 0.035) || nearSegment(x, y, CHECK[1], CHECK[2], 0.035))) return GREEN;
  return WHITE;
}

function draw(size) {
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, size);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
        out[i + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
      }
    }
  }
  return png(size, out);
}

mkdirSync(join(root, "assets"), { recursive: true });
for (const size of SIZES) {
  const file = join(root, "assets", `icon-${size}.png`);
  writeFileSync(file, draw(size));
  console.log(`XHHT: ${file}`);
}
