import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';

const PADDING = 40;

/** Saves a data URL as a file download. */
export function downloadDataUrl(dataUrl: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = dataUrl;
  a.download = fileName;
  a.click();
}

/**
 * Runs an html-to-image export with the simulation flow bands' styles written onto their paths:
 * they are styled by class, which html-to-image drops for SVG (they would come out as black fills).
 */
export async function withInlinedFlowBands<T>(root: HTMLElement, render: () => Promise<T>): Promise<T> {
  const bands = [...root.querySelectorAll<SVGPathElement>('.sim-flow')];
  for (const b of bands) {
    const css = getComputedStyle(b);
    b.setAttribute('fill', 'none');
    b.setAttribute('stroke-opacity', css.strokeOpacity);
    b.setAttribute('stroke-linecap', css.strokeLinecap);
  }
  try {
    return await render();
  } finally {
    for (const b of bands) ['fill', 'stroke-opacity', 'stroke-linecap'].forEach((a) => b.removeAttribute(a));
  }
}

/** Renders the whole map (not just what is in view) to PNG or SVG and downloads it. */
export async function exportCanvas(format: 'png' | 'svg', nodes: Node[], fileBase: string): Promise<string> {
  const viewport = document.querySelector<HTMLElement>('.canvas .react-flow__viewport');
  if (!viewport || nodes.length === 0) throw new Error('Nothing to export');
  const bounds = getNodesBounds(nodes);
  const width = Math.min(8_000, Math.ceil(bounds.width + PADDING * 2));
  const height = Math.min(8_000, Math.ceil(bounds.height + PADDING * 2));
  const { x, y, zoom } = getViewportForBounds(bounds, width, height, 0.05, 2, 0.04);
  const options = {
    width,
    height,
    backgroundColor: getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff',
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${x}px, ${y}px) scale(${zoom})` },
    // The "+" buttons are editing chrome, not part of the picture.
    filter: (el: HTMLElement) => !el.classList?.contains('add-button'),
  };
  const dataUrl = await withInlinedFlowBands(viewport, () => (format === 'png' ? toPng(viewport, options) : toSvg(viewport, options)));
  downloadDataUrl(dataUrl, `${fileBase}.${format}`);
  return dataUrl;
}
