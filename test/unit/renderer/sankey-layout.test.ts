import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../shared/render/text';
import {
  layoutSankey,
  SANKEY_FONT,
  wrapText,
  type Box,
  type SankeyEdgeInput,
  type SankeyNodeInput,
} from '../../../renderer/features/simulation/sankey-layout';

// Touching edges do not overlap (1e-6 absorbs float rounding).
const E = 1e-6;
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.w - E && b.x < a.x + a.w - E && a.y < b.y + b.h - E && b.y < a.y + a.h - E;

// entry → split → (upper, lower) → merge → exit, names longer than a column, one unbreakable word.
const figures = ['2,500 accounts', '10,139 people'];
const node = (id: string, name: string, flow: number): SankeyNodeInput => ({
  id,
  name,
  figures,
  flow,
});
const nodes = [
  node('e', 'Target accounts FY27', 10_139),
  node('s', 'Who is it?', 10_139),
  node('u', 'Assign decision makers to the buying group', 1_650),
  node('l', 'Supercalifragilisticexpialidocious', 8_489),
  node('m', 'Merge paths', 10_139),
  node('x', 'Log engagement milestone', 10_139),
];
const edges: SankeyEdgeInput[] = [
  { id: 'e-s', source: 'e', target: 's', flow: 10_139 },
  { id: 's-u', source: 's', target: 'u', flow: 1_650 },
  { id: 's-l', source: 's', target: 'l', flow: 8_489 },
  { id: 'u-m', source: 'u', target: 'm', flow: 1_650 },
  { id: 'l-m', source: 'l', target: 'm', flow: 8_489 },
  { id: 'm-x', source: 'm', target: 'x', flow: 10_139 },
];
const depth = new Map([
  ['e', 0],
  ['s', 1],
  ['u', 2],
  ['l', 2],
  ['m', 3],
  ['x', 4],
]);

describe('path view layout', () => {
  const layout = layoutSankey(nodes, edges, depth);

  it('keeps every name whole, wrapped within its column, and every figure line', () => {
    for (const n of nodes) {
      const placed = layout.nodes.find((p) => p.id === n.id)!;
      const nameLines = placed.lines.filter((l) => l.kind === 'name').map((l) => l.text);
      expect(nameLines.join(' ').replace(/- /g, '')).toBe(n.name);
      expect(placed.lines.filter((l) => l.kind === 'figure').map((l) => l.text)).toEqual(figures);
      for (const l of placed.lines)
        expect(textWidth(l.text, SANKEY_FONT, l.kind === 'name')).toBeLessThanOrEqual(
          placed.label.w,
        );
    }
    expect(layout.nodes.find((p) => p.id === 'u')!.lines.length).toBeGreaterThan(3);
  });

  it('places labels inside the picture, apart from each other and from every bar', () => {
    for (const a of layout.nodes) {
      expect(a.label.x).toBeGreaterThanOrEqual(0);
      expect(a.label.y).toBeGreaterThanOrEqual(0);
      expect(a.label.x + a.label.w).toBeLessThanOrEqual(layout.width);
      expect(a.bar.y + a.bar.h).toBeLessThanOrEqual(layout.height);
      for (const b of layout.nodes) {
        expect(overlap(a.label, b.bar)).toBe(false);
        if (a !== b) expect(overlap(a.label, b.label)).toBe(false);
      }
    }
  });

  it('runs no band across a label: straight beside bars, bending only between label and next column', () => {
    expect(layout.bands.map((b) => b.id)).toEqual(edges.map((e) => e.id));
    for (const band of layout.bands) {
      const { x1, y1, bend, x2 } = band;
      const straight = { x: x1, y: y1, w: bend - x1, h: band.width };
      for (const n of layout.nodes) {
        expect(overlap(straight, n.label), `${band.id} over ${n.id}`).toBe(false);
        // The bend's stretch [bend, x2] holds no label.
        expect(n.label.x + n.label.w <= bend || n.label.x >= x2).toBe(true);
      }
    }
  });
});

describe('a skipped step in the path view', () => {
  const note = 'Skipped: 2,500 accounts · 10,139 people — no action chosen';
  const withSkip = nodes.map((n) => (n.id === 'x' ? { ...n, skipped: note } : n));
  const layout = layoutSankey(withSkip, edges, depth);

  it('marks the step and says why under its figures, whole and within the column; others unmarked', () => {
    const x = layout.nodes.find((p) => p.id === 'x')!;
    expect(x.skipped).toBe(true);
    const lines = x.lines.filter((l) => l.kind === 'skipped');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.text).join(' ')).toBe(note);
    for (const l of lines) expect(textWidth(l.text, SANKEY_FONT)).toBeLessThanOrEqual(x.label.w);
    // Under the figures, and the label block ends above the bar.
    const last = x.lines.filter((l) => l.kind === 'figure').at(-1)!;
    expect(lines[0].y).toBeGreaterThan(last.y);
    expect(lines.at(-1)!.y).toBeLessThanOrEqual(x.bar.y);
    expect(layout.nodes.filter((p) => p.skipped).map((p) => p.id)).toEqual(['x']);
  });
});

describe('wrapText', () => {
  it('breaks at spaces, and hyphenates only a word wider than the line', () => {
    expect(wrapText('Send case study', 1000)).toEqual(['Send case study']);
    const lines = wrapText('Log engagement milestone', 100);
    expect(lines).toEqual(['Log engagement', 'milestone']);
    const long = wrapText('Supercalifragilisticexpialidocious', 60);
    expect(long.length).toBeGreaterThan(1);
    expect(long.slice(0, -1).every((l) => l.endsWith('-'))).toBe(true);
  });
});
