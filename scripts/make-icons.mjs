// Draws the Journey Studio icon (an entry, a step and a split into two paths on a blue tile) and writes the PNGs
// electron-builder packages, plus the same mark as SVG. No downloads, no image libraries: zlib + a CRC table.
// `node scripts/make-icons.mjs` writes build/; `--check` exits 1 when a committed file differs from a fresh render.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const BLUE = [0x33, 0x58, 0xd4];
const WHITE = [0xff, 0xff, 0xff];
// Geometry in a 512-unit square.
const TILE = { x0: 32, y0: 32, x1: 480, y1: 480, r: 96 };
const NODES = [
  { x: 124, y: 256, r: 46 },
  { x: 256, y: 256, r: 34 },
  { x: 392, y: 160, r: 38 },
  { x: 392, y: 352, r: 38 },
];
// Entry -> step -> a split into two paths, drawn as orthogonal connectors like the canvas.
const SPLIT_X = 324;
const PATHS = [
  [NODES[0], NODES[1]],
  [NODES[1], { x: SPLIT_X, y: 256 }],
  [
    { x: SPLIT_X, y: 160 },
    { x: SPLIT_X, y: 352 },
  ],
  [{ x: SPLIT_X, y: 160 }, NODES[2]],
  [{ x: SPLIT_X, y: 352 }, NODES[3]],
];
const STROKE = 24;

const roundedRect = (x, y, { x0, y0, x1, y1, r }) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return Math.hypot(dx, dy) <= r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
};
const onSegment = (x, y, a, b, width) => {
  const t = Math.max(
    0,
    Math.min(
      1,
      ((x - a.x) * (b.x - a.x) + (y - a.y) * (b.y - a.y)) / ((b.x - a.x) ** 2 + (b.y - a.y) ** 2),
    ),
  );
  return Math.hypot(x - (a.x + t * (b.x - a.x)), y - (a.y + t * (b.y - a.y))) <= width / 2;
};

/** The colour (or null for transparent) at a point of the 512-unit square. */
function sample(x, y) {
  if (!roundedRect(x, y, TILE)) return null;
  if (NODES.some((n) => Math.hypot(x - n.x, y - n.y) <= n.r)) return WHITE;
  if (PATHS.some(([a, b]) => onSegment(x, y, a, b, STROKE))) return WHITE;
  return BLUE;
}

/** RGBA pixels of the icon at `size`, anti-aliased with 4×4 samples per pixel. */
export function renderIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const scale = 512 / size;
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = sample((px + (sx + 0.5) / n) * scale, (py + (sy + 0.5) / n) * scale);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      // Colour averaged over covered samples (straight alpha), alpha = coverage.
      pixels[i] = a ? Math.round(r / a) : 0;
      pixels[i + 1] = a ? Math.round(g / a) : 0;
      pixels[i + 2] = a ? Math.round(b / a) : 0;
      pixels[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
};

/** A PNG file (8-bit RGBA, no filtering) of `size`×`size` pixels. */
export function encodePng(size, pixels) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter method, no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The same mark as SVG, the editable source. */
export function iconSvg() {
  const hex = (c) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  const lines = PATHS.map(
    ([a, b]) =>
      `  <line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="#fff" stroke-width="${STROKE}" stroke-linecap="round"/>`,
  );
  const circles = NODES.map((n) => `  <circle cx="${n.x}" cy="${n.y}" r="${n.r}" fill="#fff"/>`);
  const { x0, y0, x1, y1, r } = TILE;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">',
    `  <rect x="${x0}" y="${y0}" width="${x1 - x0}" height="${y1 - y0}" rx="${r}" fill="${hex(BLUE)}"/>`,
    ...lines,
    ...circles,
    '</svg>',
    '',
  ].join('\n');
}

/** Every file this script owns under build/, with its fresh content. */
export function iconFiles() {
  const png512 = encodePng(512, renderIcon(512));
  return {
    'icon.png': png512,
    'icons/512x512.png': png512,
    'icons/256x256.png': encodePng(256, renderIcon(256)),
    'icon.svg': Buffer.from(iconSvg()),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const buildDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'build');
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [name, content] of Object.entries(iconFiles())) {
    const file = join(buildDir, name);
    if (check) {
      let current = null;
      try {
        current = readFileSync(file);
      } catch {
        // missing counts as stale
      }
      if (!current || !current.equals(content)) {
        console.error(`stale: build/${name} (run node scripts/make-icons.mjs)`);
        stale++;
      }
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      console.log(`wrote build/${name} (${content.length} bytes)`);
    }
  }
  process.exit(stale ? 1 : 0);
}
