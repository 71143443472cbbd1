import type { AriaLabelConfig } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';

const NODE_KEYS =
  'Arrow keys move to the connected steps, Enter opens the step’s settings, Space selects it, Delete removes it.';

/**
 * React Flow's own words, reworded for this editor: a node's description says what our keys do
 * (canvas-keyboard.ts), not React Flow's defaults (arrows move the node), and controls are named in
 * sentence case like the rest of the app.
 */
export const CANVAS_ARIA_LABELS: Partial<AriaLabelConfig> = {
  'node.a11yDescription.default': NODE_KEYS,
  'node.a11yDescription.keyboardDisabled': NODE_KEYS,
  'controls.ariaLabel': 'Zoom controls',
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
  'controls.fitView.ariaLabel': 'Fit the journey in view',
  'minimap.ariaLabel': 'Mini map',
  'handle.ariaLabel': 'Connection point',
};

/** React Flow's <svg>s that Chromium would read as unnamed images. */
const EDGE_WRAPPERS = '.react-flow__edges > svg:not([role])';
const DECORATION =
  ':is(.react-flow__background, .react-flow__controls-button svg):not([aria-hidden])';

/**
 * React Flow draws each edge in its own <svg> (the edge's named <g> sits inside) and the dotted
 * background in another; screen readers list each as an unnamed image. The wrappers become
 * presentational (the edge keeps its name); the background and the zoom buttons' icons (the
 * buttons are named), pure decoration, are hidden.
 */
export function useQuietMapImages(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    quietWithin(root);
    // Only what was added needs looking at: a pan or drag on a big map adds few elements, and a
    // whole-map query per mutation batch would cost in proportion to the map.
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const added of record.addedNodes) {
          if (added instanceof Element) quietWithin(added);
        }
      }
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref]);
}

/** Marks the unnamed map images that are `scope` itself or lie under it. */
function quietWithin(scope: Element): void {
  markAll(scope, EDGE_WRAPPERS, 'role', 'none');
  markAll(scope, DECORATION, 'aria-hidden', 'true');
}

function markAll(scope: Element, selector: string, attribute: string, value: string): void {
  if (scope.matches(selector)) scope.setAttribute(attribute, value);
  for (const element of scope.querySelectorAll(selector)) element.setAttribute(attribute, value);
}
