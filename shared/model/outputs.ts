import type { JourneyNode } from './nodes';

export interface NodeOutput {
  /** The edge's `sourceHandle`. */
  id: string;
  label: string;
  /** A Random split path's share (`shareText`), which also ends its label: shown whole when the name is cut. */
  share?: string;
}

/** A random split's share as people read it: 100/3 shows as "33.33%", not its float digits. */
export const shareText = (percent: number): string => `${Math.round(percent * 100) / 100}%`;

const SINGLE: NodeOutput[] = [{ id: 'out', label: 'Next' }];

/** The outputs a node offers, in display order; an Exit or Go to has none. */
export function nodeOutputs(node: JourneyNode): NodeOutput[] {
  switch (node.type) {
    case 'exit':
    case 'goto':
      return [];
    case 'split':
      return [
        ...node.settings.paths.map((p) => ({ id: p.id, label: p.name })),
        { id: 'other', label: 'Other' },
      ];
    case 'randomSplit':
      return node.settings.paths.map((p) => ({
        id: p.id,
        label: `${p.name} (${shareText(p.percent)})`,
        share: shareText(p.percent),
      }));
    case 'gate':
      return [
        { id: 'true', label: 'True' },
        { id: 'false', label: 'False' },
      ];
    case 'waitForEvent':
      return [
        { id: 'event', label: 'Event happened' },
        { id: 'timeout', label: 'Timed out' },
      ];
    default:
      return SINGLE;
  }
}

/** Whether a node accepts incoming edges (everything but Entry). */
export function acceptsInput(node: JourneyNode): boolean {
  return node.type !== 'entry';
}
