import { MarkerType } from '@xyflow/react';
import { distinctStepNames, flowOrder, pathTurn } from '../../../shared/graph';
import {
  nodeOutputs,
  type Audience,
  type JourneyBody,
  type JourneyEdge,
  type JourneyNode,
  type Workspace,
} from '../../../shared/model';
import type { Problem } from '../../../shared/validation';
import { NODE_META } from './node-meta';
import type { FlowEdge, FlowNode, FlowNodeData } from './nodes/flow-types';
import { summarizeNode } from './nodes/summary';

export interface MappingInput {
  body: JourneyBody;
  problems: readonly Problem[];
  selection: ReadonlySet<string>;
  readOnly: boolean;
  /** The journey's audience: an Entry card words its trigger for it ("Audience" in a people journey). */
  audience?: Audience;
  /**
   * Nodes whose summary would read a value the side panel refused (a Wait amount of -3): node id ->
   * the refusal's message, which the card shows, marked, instead of the saved value.
   */
  refused?: ReadonlyMap<string, string>;
  /** Lists are referred to by id: cards show their current names ("Add to account list: Target accounts"). */
  workspace?: Workspace | null;
  /** Live positions while a drag is under way. */
  dragging: Readonly<Record<string, { x: number; y: number }>> | null;
  measured: ReadonlyMap<string, { width: number; height: number }>;
}

/** A node's card data, derived from the document and problems only. */
interface Card {
  node: JourneyNode;
  key: string;
  data: FlowNodeData;
  ariaLabel: string;
}

/** The document-derived half of the mapping, kept while body, problems and readOnly stay the same. */
interface Cards {
  body: JourneyBody;
  problems: readonly Problem[];
  readOnly: boolean;
  audience: Audience | undefined;
  refused: ReadonlyMap<string, string> | undefined;
  workspace: Workspace | null | undefined;
  /** In flow order, so Tab moves Entry -> first step -> … as the map reads, not in creation order. */
  ordered: Card[];
}

/** Builds every node's card data, reusing the previous object of each card whose text is unchanged. */
function buildCards(
  body: JourneyBody,
  problems: readonly Problem[],
  readOnly: boolean,
  previous: ReadonlyMap<string, Card>,
  audience: Audience | undefined,
  refused: ReadonlyMap<string, string> | undefined,
  workspace: Workspace | null | undefined,
): Card[] {
  const names = new Map(body.nodes.map((n) => [n.id, n.name] as const));
  // Screen readers tell same-named steps apart as the edges and lists do ("Exit — on path …").
  const distinct = distinctStepNames(body);
  const used = new Map<string, Set<string>>();
  for (const e of body.edges) {
    const set = used.get(e.source) ?? new Set<string>();
    set.add(e.sourceHandle);
    used.set(e.source, set);
  }
  const byNode = new Map<string, Problem[]>();
  for (const p of problems)
    if (p.nodeId) byNode.set(p.nodeId, [...(byNode.get(p.nodeId) ?? []), p]);
  const cards = body.nodes.map((node): Card => {
    const outputs = nodeOutputs(node);
    const open = outputs.filter((o) => !used.get(node.id)?.has(o.id));
    const mine = byNode.get(node.id) ?? [];
    const errors = mine.filter((p) => p.severity === 'error').length;
    const problemText = mine.map((p) => p.message).join('\n');
    const refusal = refused?.get(node.id);
    const summary = refusal ?? summarizeNode(node, (id) => names.get(id), audience, workspace);
    const stepName = distinct.get(node.id) ?? node.name;
    const ariaLabel = `${NODE_LABELS[node.type]}: ${stepName}`;
    const key = [open.map((o) => o.id).join(','), problemText, readOnly, summary, ariaLabel].join(
      '|',
    );
    const prev = previous.get(node.id);
    if (prev && prev.node === node && prev.key === key) return prev;
    return {
      node,
      key,
      ariaLabel,
      data: {
        node,
        stepName,
        summary,
        summaryRefused: refusal !== undefined,
        outputs,
        open,
        errors,
        warnings: mine.length - errors,
        problemText,
        readOnly,
      },
    };
  });
  const rank = new Map(flowOrder(body).map((id, i) => [id, i] as const));
  return cards.sort((a, b) => (rank.get(a.node.id) ?? 0) - (rank.get(b.node.id) ?? 0));
}

/**
 * Turns the document into React Flow nodes in two halves: card data (summaries, outputs, problems,
 * flow order) only when the document or problems change, then a cheap pass for what changes while
 * the map is used (selection, live drag, measured sizes). Every node whose inputs did not change
 * keeps its previous object, so React Flow and the memoised cards skip it — a drag or a
 * measurement touches one node, not a thousand.
 */
export function createNodeMapper() {
  let cards: Cards | null = null;
  let flows = new Map<string, FlowNode>();
  return (input: MappingInput): FlowNode[] => {
    const {
      body,
      problems,
      selection,
      readOnly,
      audience,
      refused,
      workspace,
      dragging,
      measured,
    } = input;
    if (
      !cards ||
      cards.body !== body ||
      cards.problems !== problems ||
      cards.readOnly !== readOnly ||
      cards.audience !== audience ||
      cards.refused !== refused ||
      cards.workspace !== workspace
    ) {
      const previous = new Map(cards?.ordered.map((c) => [c.node.id, c] as const));
      const ordered = buildCards(body, problems, readOnly, previous, audience, refused, workspace);
      cards = { body, problems, readOnly, audience, refused, workspace, ordered };
    }
    const next = new Map<string, FlowNode>();
    const out = cards.ordered.map(({ node, data, ariaLabel }) => {
      const position = dragging?.[node.id] ?? node.position;
      const selected = selection.has(node.id);
      const size = measured.get(node.id);
      const prev = flows.get(node.id);
      const flow =
        prev &&
        prev.data === data &&
        prev.position === position &&
        prev.selected === selected &&
        prev.measured === size
          ? prev
          : {
              id: node.id,
              type: node.type,
              position,
              data,
              selected,
              ariaLabel,
              deletable: false,
              ...(size ? { measured: size } : {}),
            };
      next.set(node.id, flow);
      return flow;
    });
    flows = next;
    return out;
  };
}

const NODE_LABELS = Object.fromEntries(
  Object.entries(NODE_META).map(([k, v]) => [k, v.label]),
) as Record<JourneyNode['type'], string>;

/** A card's width on the map (styles.css `.jnode`). */
const CARD_WIDTH = 220;

const MARKER_END = { type: MarkerType.ArrowClosed, width: 16, height: 16 };

/**
 * React Flow edges for the document's edges, with output names and node names for labels. An edge
 * whose document edge and labels did not change keeps its previous object (React Flow skips it).
 */
export function createEdgeMapper() {
  let previous = new Map<string, { edge: JourneyEdge; flow: FlowEdge }>();
  return (body: JourneyBody, readOnly: boolean): FlowEdge[] => {
    const nodes = new Map(body.nodes.map((n) => [n.id, n] as const));
    // Screen readers hear step names, told apart when two share one, never raw ids.
    const names = distinctStepNames(body);
    const into = new Map<string, number>();
    for (const e of body.edges) into.set(e.target, (into.get(e.target) ?? 0) + 1);
    const next = new Map<string, { edge: JourneyEdge; flow: FlowEdge }>();
    const out = body.edges.map((e) => {
      const source = nodes.get(e.source);
      const outputs = source ? nodeOutputs(source) : [];
      const output = outputs.length > 1 ? outputs.find((o) => o.id === e.sourceHandle) : undefined;
      const label = output?.label ?? null;
      const sourceName = names.get(e.source) ?? '';
      const targetName = names.get(e.target) ?? '';
      // A path's name sits just above the step it leads to, where sibling paths are a column
      // apart (positionAfter), instead of mid-way where the paths of a split run side by side.
      const labelAtTarget = label !== null && into.get(e.target) === 1;
      // Paths that meet again (a Merge after a split) would label mid-way, on top of each other:
      // there each name sits under its own handle, on two rows in turn, as wide as two handles apart.
      const labelRow =
        label !== null && !labelAtTarget
          ? outputs.findIndex((o) => o.id === e.sourceHandle) % 2
          : null;
      const labelWidth = Math.round((2 * CARD_WIDTH) / (outputs.length + 1)) - 30;
      const index = outputs.findIndex((o) => o.id === e.sourceHandle);
      const turn = pathTurn(index, outputs.length, (into.get(e.target) ?? 0) > 1);
      const prev = previous.get(e.id);
      const d = prev?.flow.data;
      const flow =
        prev &&
        d &&
        prev.edge === e &&
        d.label === label &&
        d.sourceName === sourceName &&
        d.targetName === targetName &&
        d.labelAtTarget === labelAtTarget &&
        d.labelRow === labelRow &&
        d.labelWidth === labelWidth &&
        d.turn === turn &&
        d.readOnly === readOnly
          ? prev.flow
          : {
              id: e.id,
              type: 'path' as const,
              source: e.source,
              sourceHandle: e.sourceHandle,
              target: e.target,
              selectable: false,
              focusable: false,
              deletable: false,
              markerEnd: MARKER_END,
              ariaLabel: edgeLabel(sourceName, label, targetName),
              data: {
                label,
                share: output?.share ?? null,
                sourceName,
                targetName,
                labelAtTarget,
                labelRow,
                labelWidth,
                turn,
                readOnly,
              },
            };
      next.set(e.id, { edge: e, flow });
      return flow;
    });
    previous = next;
    return out;
  };
}

/** How an edge is announced: "Edge from Split path (Big accounts) to Wait 7 days". */
export function edgeLabel(sourceName: string, output: string | null, targetName: string): string {
  return `Edge from ${sourceName}${output ? ` (${output})` : ''} to ${targetName}`;
}

/** The edges of one body, mapped once (no reuse between calls). */
export const mapEdges = (body: JourneyBody, readOnly: boolean): FlowEdge[] =>
  createEdgeMapper()(body, readOnly);
