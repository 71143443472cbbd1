import type { NodeType } from '../model';

/** The two looks of an exported picture; they follow the app's light and dark themes. */
export type RenderTheme = 'light' | 'dark';

export interface RenderPalette {
  background: string;
  card: string;
  cardBorder: string;
  text: string;
  muted: string;
  edge: string;
  labelFill: string;
  labelBorder: string;
  flow: string;
  countFill: string;
  countText: string;
  highlight: string;
  /** An unconfigured step the run skipped: its note and dashed border, as the map's badge marks it (AA on the card). */
  skipText: string;
  /** Accent of each node kind (the top band of the card). */
  kind: Record<NodeType, string>;
}

/** Text colours reach WCAG AA (4.5:1) on their fills in both themes. */
export const PALETTES: Record<RenderTheme, RenderPalette> = {
  light: {
    background: '#ffffff',
    card: '#ffffff',
    cardBorder: '#c3cad8',
    text: '#1d2433',
    muted: '#4f586b',
    edge: '#64748b',
    labelFill: '#ffffff',
    labelBorder: '#c3cad8',
    flow: '#3358d4',
    countFill: '#e8edff',
    countText: '#2a45ad',
    highlight: '#3358d4',
    skipText: '#8a5b00',
    kind: {
      entry: '#2e9d5b',
      action: '#3358d4',
      wait: '#d99a1e',
      waitForEvent: '#d99a1e',
      split: '#8b5cf6',
      randomSplit: '#8b5cf6',
      gate: '#8b5cf6',
      merge: '#2aa6a6',
      goto: '#8a93a6',
      exit: '#8a93a6',
    },
  },
  dark: {
    background: '#141821',
    card: '#1c2230',
    cardBorder: '#465069',
    text: '#e6e9f2',
    muted: '#aab3c7',
    edge: '#8f9ab3',
    labelFill: '#1c2230',
    labelBorder: '#465069',
    flow: '#7c9cff',
    countFill: '#27304a',
    countText: '#b8c8ff',
    highlight: '#7c9cff',
    skipText: '#f0b84a',
    kind: {
      entry: '#4cc27e',
      action: '#7c9cff',
      wait: '#e8b04a',
      waitForEvent: '#e8b04a',
      split: '#a98bfa',
      randomSplit: '#a98bfa',
      gate: '#a98bfa',
      merge: '#4cc5c5',
      goto: '#9aa3b8',
      exit: '#9aa3b8',
    },
  },
};

/** Fonts every OS has, so a picture opened elsewhere keeps its text (no web fonts, no foreignObject). */
export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
