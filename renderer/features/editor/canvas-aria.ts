import type { AriaLabelConfig } from '@xyflow/react';

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
