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

/** The page's tabbable elements outside the map, in document order. */
function tabbablesOutside(canvas: HTMLElement): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => !canvas.contains(el) && !el.contains(canvas) && el.getClientRects().length > 0,
  );
}

/** The next (or previous) tabbable element after `from`, leaving out everything in the map. */
function outside(canvas: HTMLElement, from: Element, back: boolean): HTMLElement | undefined {
  const all = tabbablesOutside(canvas);
  return back ? all.findLast((el) => before(el, from)) : all.find((el) => before(from, el));
}

/** Where Tab leaves the map to: the next tabbable past it, or round to the page's other end. */
function leaving(canvas: HTMLElement, back: boolean): HTMLElement | undefined {
  const all = tabbablesOutside(canvas);
  return outside(canvas, canvas, back) ?? (back ? all.at(-1) : all[0]);
}

/** The map's own controls (zoom, fit, mini map), drawn after the steps but reached before them. */
function controlStops(canvas: HTMLElement, viewport: HTMLElement): HTMLElement[] {
  return [...canvas.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => !viewport.contains(el) && el.getClientRects().length > 0,
  );
}

/** The card of the node the inspector shows, if it is drawn. */
function selectedCard(viewport: HTMLElement): HTMLElement | undefined {
  const [id] = useEditorStore.getState().selection;
  if (id === undefined) return undefined;
  return (
    viewport.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`) ??
    undefined
  );
}

/**
 * Tab and Shift+Tab on the map go in flow order (React Flow draws every edge's "+" before the
 * nodes, so the browser's order was all "+" buttons, then the nodes in creation order): the map's
 * controls, then its steps, then on to the inspector. Entering forward lands on the first
 * control; coming back (Shift+Tab from the inspector) lands on the node the inspector shows, and
 * goes on backwards in flow order from there.
 */
export function useFlowTabOrder(canvasRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Tab' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const canvas = canvasRef.current;
      const viewport = canvas?.querySelector<HTMLElement>('.react-flow__viewport');
      const active = document.activeElement;
      if (!canvas || !viewport || !active || document.querySelector('dialog[open], [role="menu"]'))
        return;
      const back = e.shiftKey;
      const stops = [...controlStops(canvas, viewport), ...mapTabStops(viewport)];
      if (stops.length === 0) return;
      let to: HTMLElement | undefined;
      if (canvas.contains(active)) {
        const i = stops.indexOf(active as HTMLElement);
        if (i < 0) return;
        to = stops[i + (back ? -1 : 1)] ?? leaving(canvas, back);
      } else {
        // Would the browser step into the map? Then enter at its first stop or, going back, at the
        // selected node (else the last stop).
        const next = outside(canvas, active, back);
        const entering = back
          ? before(canvas, active) && (!next || before(next, canvas))
          : before(active, canvas) && (!next || before(canvas, next));
        if (!entering || active.contains(canvas)) return;
        to = back ? (selectedCard(viewport) ?? stops[stops.length - 1]) : stops[0];
      }
      if (!to) return;
      e.preventDefault();
      to.focus();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [canvasRef]);
}
