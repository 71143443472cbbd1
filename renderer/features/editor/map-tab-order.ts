import { useEffect, type RefObject } from 'react';
import { flowOrder } from '../../../shared/graph';
import { nodeOutputs } from '../../../shared/model';
import { useEditorStore } from '../../stores/editor-store';

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The map's Tab stops in flow order: each node, then the "+" of each of its outputs in output
 * order (on its edge, or at its open end), then the next node. Nodes not drawn are skipped.
 */
export function mapTabStops(viewport: HTMLElement): HTMLElement[] {
  const body = useEditorStore.getState().body;
  if (!body) return [];
  const byId = new Map(body.nodes.map((n) => [n.id, n] as const));
  const stops: (HTMLElement | null)[] = [];
  for (const id of flowOrder(body)) {
    const node = byId.get(id);
    const card = viewport.querySelector<HTMLElement>(
      `.react-flow__node[data-id="${CSS.escape(id)}"]`,
    );
    if (!node || !card) continue;
    stops.push(card);
    for (const o of nodeOutputs(node)) {
      const edge = body.edges.find((e) => e.source === id && e.sourceHandle === o.id);
      stops.push(
        edge
          ? viewport.querySelector<HTMLElement>(`[data-edge-id="${CSS.escape(edge.id)}"]`)
          : card.querySelector<HTMLElement>(`[data-handle="${CSS.escape(o.id)}"]`),
      );
    }
  }
  return stops.filter((el): el is HTMLElement => el !== null);
}

/** Whether `a` comes before `b` in document order. */
const before = (a: Node, b: Node) =>
  (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/** The next (or previous) tabbable element after `from`, leaving out the map's own stops. */
function outside(viewport: HTMLElement, from: Element, back: boolean): HTMLElement | undefined {
  const all = [...document.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => !viewport.contains(el) && !el.contains(viewport) && el.getClientRects().length > 0,
  );
  return back ? all.reverse().find((el) => before(el, from)) : all.find((el) => before(from, el));
}

/**
 * Tab and Shift+Tab on the map go in flow order (React Flow draws every edge's "+" before the
 * nodes, so the browser's order was all "+" buttons, then the nodes in creation order). Entering
 * the map lands on its first stop (Entry) or, going back, its last; leaving goes on past the map.
 */
export function useFlowTabOrder(canvasRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Tab' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const viewport = canvasRef.current?.querySelector<HTMLElement>('.react-flow__viewport');
      const active = document.activeElement;
      if (!viewport || !active || document.querySelector('dialog[open], [role="menu"]')) return;
      const back = e.shiftKey;
      const stops = mapTabStops(viewport);
      if (stops.length === 0) return;
      let to: HTMLElement | undefined;
      if (viewport.contains(active)) {
        const i = stops.indexOf(active as HTMLElement);
        if (i < 0) return;
        to = stops[i + (back ? -1 : 1)] ?? outside(viewport, viewport, back);
      } else {
        // Would the browser step into the map? Then enter at its first (or, going back, last) stop.
        const next = outside(viewport, active, back);
        const entering = back
          ? before(viewport, active) && (!next || before(next, viewport))
          : before(active, viewport) && (!next || before(viewport, next));
        if (!entering || active.contains(viewport)) return;
        to = back ? stops[stops.length - 1] : stops[0];
      }
      if (!to) return;
      e.preventDefault();
      to.focus();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [canvasRef]);
}
