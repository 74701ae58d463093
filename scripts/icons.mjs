// The extension's icons as PNG (Chrome takes no SVG icon), drawn here from the shapes of
// www/icon.svg (a nut: a brown ellipse, a darker seam and a cap), at each size the manifests name:
// 4×4 samples a pixel, painted in the SVG's order, and encoded with zlib. Deterministic: the same
// bytes on every build, nothing to commit.
import zlib from 'node:zlib';

export const ICON_SIZES = [16, 32, 48, 128];

const BODY = [0xb7, 0x79, 0x1f];
const SEAM = [0x7b, 0x4f, 0x12];

// The seam, "M16 5c-4 5-4 19 0 25" in the 32-unit viewBox: a cubic Bézier as a polyline.
const SEAM_POINTS = Array.from({ length: 65 }, (_, k) => {
  const u = k / 64;
  const b = (p0, p1, p2, p3) => (1 - u) ** 3 * p0 + 3 * (1 - u) ** 2 * u * p1 + 3 * (1 - u) * u ** 2 * p2 + u ** 3 * p3;
  return [b(16, 12, 12, 16), b(5, 10, 24, 30)];
});

function distanceToSeam(x, y) {
  let best = Infinity;
  for (let k = 1; k < SEAM_POINTS.length; k++) {
    const [ax, ay] = SEAM_POINTS[k - 1];
    const [bx, by] = SEAM_POINTS[k];
    const dx = bx - ax;
    const dy = by - ay;
    const u = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(x - ax - u * dx, y - ay - u * dy));
  }
  return best;
}

/** The colour (and coverage) at a point of the 32-unit viewBox, or null for transparent. */
function paint(x, y) {
  let c = null;
  if (((x - 16) / 12) ** 2 + ((y - 17) / 13) ** 2 <= 1) c = BODY;
  if (c && distanceToSeam(x, y) <= 1) c = SEAM;
  if (((x - 16) / 3) ** 2 + ((y - 6) / 2) ** 2 <= 1) c = SEAM;
  return c;
}

function crcChunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** The icon at `size` × `size` pixels, as PNG bytes (RGBA, 8 bits). */
export function iconPng(size) {
  const N = 4;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0: none
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          const c = paint(((px + (sx + 0.5) / N) * 32) / size, ((py + (sy + 0.5) / N) * 32) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = 1 + px * 4;
      if (a) {
        row[o] = Math.round(r / a);
        row[o + 1] = Math.round(g / a);
        row[o + 2] = Math.round(b / a);
        row[o + 3] = Math.round((a / (N * N)) * 255);
      }
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    crcChunk('IHDR', ihdr),
    crcChunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    crcChunk('IEND', Buffer.alloc(0)),
  ]);
}
