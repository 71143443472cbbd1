import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Box, EdgeRoute, Point } from '../../../shared/render';

export interface Raster {
  width: number;
  height: number;
  data: Buffer;
}

/** Renders an SVG file with librsvg's rsvg-convert (outside any browser) at `zoom`, decoded. */
export function rsvgRaster(svg: string, zoom: number): Raster {
  const dir = mkdtempSync(join(tmpdir(), 'journey-render-'));
  try {
    writeFileSync(join(dir, 'in.svg'), svg);
    execFileSync('rsvg-convert', [
      '--zoom',
      String(zoom),
      '--format',
      'png',
      '--output',
      join(dir, 'out.png'),
      join(dir, 'in.svg'),
    ]);
    return decodePng(readFileSync(join(dir, 'out.png')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function decodePng(bytes: Buffer): Raster {
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, data: png.data };
}

const pixel = (r: Raster, x: number, y: number) => {
  const i = (Math.round(y) * r.width + Math.round(x)) * 4;
  return [r.data[i], r.data[i + 1], r.data[i + 2]];
};

/** Whether the pixel (or one next to it: antialiasing spreads a 1.5 px line) differs clearly from the background. */
function inked(r: Raster, x: number, y: number, bg: number[]): boolean {
  for (const [dx, dy] of [
    [0, 0],
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1],
  ]) {
    const px = pixel(r, x + dx, y + dy);
    if (Math.abs(px[0] - bg[0]) + Math.abs(px[1] - bg[1]) + Math.abs(px[2] - bg[2]) > 60)
      return true;
  }
  return false;
}

const inside = (p: Point, b: Box) =>
  p.x >= b.x - 2 && p.x <= b.x + b.width + 2 && p.y >= b.y - 2 && p.y <= b.y + b.height + 2;

/**
 * The share of sample points along an edge's route (every 4 px; corners, ends and label pills
 * left out) that are drawn, in a raster of the picture whose viewBox is `bounds`, scaled by `scale`.
 */
export function inkAlong(
  r: Raster,
  route: EdgeRoute,
  bounds: Box,
  scale: number,
  bg: number[],
  labels: readonly Box[] = [],
): number {
  const toPx = (p: Point) => ({ x: (p.x - bounds.x) * scale, y: (p.y - bounds.y) * scale });
  let hit = 0;
  let total = 0;
  for (let i = 1; i < route.points.length; i++) {
    const a = route.points[i - 1];
    const b = route.points[i];
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    for (let d = 12; d <= len - 12; d += 4) {
      const at = { x: a.x + ((b.x - a.x) * d) / len, y: a.y + ((b.y - a.y) * d) / len };
      if (labels.some((l) => inside(at, l))) continue;
      const p = toPx(at);
      total++;
      if (inked(r, p.x, p.y, bg)) hit++;
    }
  }
  return total === 0 ? 0 : hit / total;
}

/** "#rrggbb" as [r, g, b]. */
export const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
