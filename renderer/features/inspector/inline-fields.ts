import type { JourneyNode } from '../../../shared/model';
import { INVALID_PARAM, type Problem } from '../../../shared/validation';
import { settingKey } from '../action-form/field-errors';

/** Which of a node's problem fields its settings show under a field; the rest are listed below them. */
const INLINE: Partial<Record<JourneyNode['type'], (key: string, problem: Problem) => boolean>> = {
  entry: (k) => k === 'source',
  action: (k) => k.startsWith('params.') || k === 'actionId' || k === 'scope' || k === 'applyTo',
  gate: (k) => k === 'condition',
  waitForEvent: (k) => k === 'eventName',
  goto: (k) => k === 'targetNodeId',
  // The paths editor shows the total and each refused percent (a field draft) under its path.
  randomSplit: (k, p) => k === 'paths' || p.code === INVALID_PARAM,
};

/** Problems of the node that no field shows, so each message appears once in the inspector. */
export function unplacedProblems(node: JourneyNode, problems: readonly Problem[]): Problem[] {
  const inline = INLINE[node.type];
  return problems.filter(
    (p) => p.nodeId === node.id && !(p.field && inline?.(settingKey(p.field), p)),
  );
}
