import { NODE_TYPE_LABELS, nodeOutputs } from '../model';
import { pasteTargetAfter, type PasteTarget } from './clipboard';
import type { GraphDoc } from './queries';

/** Where a palette step chosen with the keyboard goes, or why it cannot go anywhere. */
export type AddTargetChoice = { target: PasteTarget; issue?: undefined } | { issue: string };

/**
 * Where the palette adds a step for this selection: after the one selected node (as a paste does);
 * a node without outputs (an Exit, a Go to) gets it before it, in its one incoming path, as that
 * path's "+" would. With no way in, or several, there is no single place, so it says why.
 */
export function addTargetAfter(
  doc: GraphDoc | null,
  selection: readonly string[],
): AddTargetChoice {
  const node =
    doc && selection.length === 1 ? doc.nodes.find((n) => n.id === selection[0]) : undefined;
  if (!doc || !node || nodeOutputs(node).length > 0)
    return { target: pasteTargetAfter(doc, selection) };
  const incoming = doc.edges.filter((e) => e.target === node.id);
  const label = NODE_TYPE_LABELS[node.type];
  if (incoming.length === 1) return { target: { kind: 'edge', edgeId: incoming[0].id } };
  if (incoming.length === 0)
    return { issue: `Nothing leads into the selected ${label}: drag the step onto the map` };
  return {
    issue: `${incoming.length} paths lead into the selected ${label}: use the "+" on one of them`,
  };
}
