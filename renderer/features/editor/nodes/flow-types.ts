import type { Edge, Node } from '@xyflow/react';
import type { JourneyNode, NodeOutput, NodeType } from '../../../../shared/model';

/** What a node card needs; built from the document, problems and session state. */
export interface FlowNodeData extends Record<string, unknown> {
  node: JourneyNode;
  /** The step's name told apart from same-named steps (distinctStepNames), as screen readers hear it. */
  stepName: string;
  summary: string;
  /** The summary is a refused draft's message, not the settings (the saved value is not current). */
  summaryRefused?: boolean;
  outputs: NodeOutput[];
  /** Outputs with no edge: each gets an "Add node" button. */
  open: NodeOutput[];
  errors: number;
  warnings: number;
  problemText: string;
  readOnly: boolean;
  /** Presentation: the path's figure is right of the line above the target, so the name goes left of it. */
  nameBesideFigure?: boolean;
}

export type FlowNode = Node<FlowNodeData, NodeType>;

export interface FlowEdgeData extends Record<string, unknown> {
  /** The output's name when the source has several (path name, True, Timed out, …). */
  label: string | null;
  /** A Random split path's share, the end of `label`: kept whole when the name before it is cut. */
  share?: string | null;
  sourceName: string;
  targetName: string;
  /** Draw the output's name just above the target (its only way in) rather than mid-way. */
  labelAtTarget: boolean;
  /** Paths that meet again: the name sits under its handle on this row (0 or 1), else null. */
  labelRow: number | null;
  /** How wide that name may be (px) next to its neighbours' names. */
  labelWidth: number;
  /** Where down the line turns across, 0–1 (`pathTurn`): a split's paths never share a stretch. */
  turn: number;
  readOnly: boolean;
  /** Presentation: the path's figure is right of the line above the target, so the name goes left of it. */
  nameBesideFigure?: boolean;
}

export type FlowEdge = Edge<FlowEdgeData, 'path'>;
