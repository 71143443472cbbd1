import type { GraphDoc } from '../graph/queries';
import { inFlowOrder } from './flow-order';
import type { EdgeStats, NodeStats, SimulationResult } from './result';

// Every count shown or exported names its unit (issue 17): "2,500 accounts · 9,870 people".

type Unit = SimulationResult['unit'];
type Figure = 'entered' | 'completed' | 'skipped' | 'waiting' | 'exited';

/** A whole number with thousands separators. */
export const formatCount = (n: number): string => n.toLocaleString('en-US');

/** The unit's word for a count: account/accounts, person/people. */
export function unitWord(unit: Unit, n: number): string {
  if (unit === 'account') return n === 1 ? 'account' : 'accounts';
  return n === 1 ? 'person' : 'people';
}

/** "2,500 accounts" / "1 person". */
export function withUnit(n: number, unit: Unit): string {
  return `${formatCount(n)} ${unitWord(unit, n)}`;
}

/** "2,500 accounts · 9,870 people" (people left out when unknown). */
export function accountsAndPeople(accounts: number, people?: number): string {
  return people === undefined
    ? withUnit(accounts, 'account')
    : `${withUnit(accounts, 'account')} · ${withUnit(people, 'person')}`;
}

/** A node's figure with its units: in account journeys accounts · people on every node (one order), people otherwise. */
export function nodeFigure(
  result: Pick<SimulationResult, 'unit'>,
  stats: Pick<NodeStats, Figure | 'people'>,
  figure: Figure = 'entered',
): string {
  if (result.unit !== 'account' || !stats.people) return withUnit(stats[figure], result.unit);
  return accountsAndPeople(stats[figure], stats.people[figure]);
}

/** An edge's count with its units. */
export function edgeFigure(
  result: Pick<SimulationResult, 'unit'>,
  edge: Pick<EdgeStats, 'count' | 'people'>,
): string {
  return result.unit === 'account'
    ? accountsAndPeople(edge.count, edge.people)
    : withUnit(edge.count, 'person');
}

/** The plural noun of the result's unit, capitalised for table headings: "Accounts" / "People". */
export function unitHeading(unit: Unit): string {
  return unit === 'account' ? 'Accounts' : 'People';
}

/** One skipped step for the results banner. */
export interface SkippedStep {
  nodeId: string;
  name: string;
  /** "1,500 accounts · 6,010 people". */
  figure: string;
  reason: string;
}

/** Every step the run skipped (unconfigured), in journey order, with its figure and reason. */
export function skippedSteps(journey: GraphDoc, result: SimulationResult): SkippedStep[] {
  const names = new Map(journey.nodes.map((n) => [n.id, n.name]));
  return inFlowOrder(journey, result.nodes)
    .filter((n) => n.skipped > 0)
    .map((n) => ({
      nodeId: n.nodeId,
      name: names.get(n.nodeId) ?? n.nodeId,
      figure: nodeFigure(result, n, 'skipped'),
      reason: n.skipReason ?? 'not configured',
    }));
}
