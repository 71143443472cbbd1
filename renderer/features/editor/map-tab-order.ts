import { useEffect, type RefObject } from 'react';
import { flowOrder } from '../../../shared/graph';
import { nodeOutputs } from '../../../shared/model';
import { isDrawn } from '../../components/modal-keys';
import { oneStopPerRadioGroup } from '../../components/radio-tab-stop';
import { useEditorStore } from '../../stores/editor-store';

// `summary`: a folded <details> (the Simulate panel's Scenario settings) opens from its summary.
const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

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

/** The page's tabbable elements outside the map, in document order (one per radio group). */
function tabbablesOutside(canvas: HTMLElement): HTMLElement[] {
  return oneStopPerRadioGroup(
    [...document.querySelectorAll<HTMLElement>(TABBABLE)].filter(
      (el) => !canvas.contains(el) && !el.contains(canvas) && el.tabIndex >= 0 && isDrawn(el),
    ),
  );
}

/** The map's own controls (zoom, fit, mini map): reached after the steps, so Tab into the map starts at the Entry. */
function controlStops(canvas: HTMLElement, viewport: HTMLElement): HTMLElement[] {
  return [...canvas.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => !viewport.contains(el) && el.getClientRects().length > 0,
  );
}

/**
 * The whole page's Tab order as one ring: the tabbables outside the map in document order, with
 * the map's steps (in flow order) and then its controls where the map sits. One list for both
 * directions, so Shift+Tab is always Tab reversed.
 */
export function pageTabRing(canvas: HTMLElement, viewport: HTMLElement): HTMLElement[] {
  const rest = tabbablesOutside(canvas);
  const at = rest.findIndex((el) => before(canvas, el));
  const map = [...mapTabStops(viewport), ...controlStops(canvas, viewport)];
  const ring = at < 0 ? [...rest, ...map] : [...rest.slice(0, at), ...map, ...rest.slice(at)];
  return panelAfterItsStep(ring, viewport);
}

/**
 * While the side panel shows one step's settings, its fields come right after that step's card:
 * Tab from the card goes into the panel, and Shift+Tab from the panel's first field (Name) goes
 * back to the step being edited, never to the map's last element. Out of the panel's last
 * field, Tab goes on with the step's first "+".
 */
function panelAfterItsStep(ring: HTMLElement[], viewport: HTMLElement): HTMLElement[] {
  const { selection } = useEditorStore.getState();
  if (selection.length !== 1) return ring;
  const card = viewport.querySelector<HTMLElement>(
    `.react-flow__node[data-id="${CSS.escape(selection[0])}"]`,
  );
  const panel = document.querySelector('.inspector');
  if (!card || !panel?.querySelector('fieldset')) return ring;
  const fields = ring.filter((el) => panel.contains(el));
  const rest = ring.filter((el) => !panel.contains(el));
  const at = rest.indexOf(card);
  if (fields.length === 0 || at < 0) return ring;
  return [...rest.slice(0, at + 1), ...fields, ...rest.slice(at + 1)];
}

/**
 * Where Tab goes from an element outside the ring (the page body, a heading focused by script):
 * the first stop after it in document order (map stops sit where the map is), or round the ring.
 */
function fromOutsideRing(
  ring: HTMLElement[],
  canvas: HTMLElement,
  active: Element,
  back: boolean,
): HTMLElement | undefined {
  if (active === document.body || active === document.documentElement)
    return back ? ring.at(-1) : ring[0];
  const anchor = (el: HTMLElement) => (canvas.contains(el) ? canvas : el);
  return back
    ? (ring.findLast((el) => before(anchor(el), active)) ?? ring.at(-1))
    : (ring.find((el) => before(active, anchor(el))) ?? ring[0]);
}

/**
 * Tab and Shift+Tab go round one ring of the page's stops with the map's in flow order (React
 * Flow draws every edge's "+" before the nodes, and its controls after them, so the browser's
 * order was all "+" buttons, then the nodes in creation order, then the controls). After the
 * steps come the map's controls, then the inspector. The same list read backwards
 * is the Shift+Tab order, from any start.
 */
export function useFlowTabOrder(canvasRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Tab' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const canvas = canvasRef.current;
      const viewport = canvas?.querySelector<HTMLElement>('.react-flow__viewport');
      const active = document.activeElement ?? document.body;
      if (!canvas || !viewport || document.querySelector('dialog[open], [role="menu"]')) return;
      const back = e.shiftKey;
      const ring = pageTabRing(canvas, viewport);
      if (ring.length === 0) return;
      const i = ring.indexOf(active as HTMLElement);
      let to: HTMLElement | undefined;
      if (i >= 0) to = ring[(i + (back ? -1 : 1) + ring.length) % ring.length];
      else if (canvas.contains(active)) return;
      else to = fromOutsideRing(ring, canvas, active, back);
      if (!to) return;
      e.preventDefault();
      to.focus();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [canvasRef]);
}
