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

/** "5,540 visits" / "1 visit". */
export const visits = (n: number): string => `${formatCount(n)} ${n === 1 ? 'visit' : 'visits'}`;

/**
 * A node's figure with its units: in account journeys accounts · people on every node (one order),
 * people otherwise. Entries in a journey with a Go to count distinct accounts (people) and add the
 * visits when a unit came back: "1,385 accounts · 5,540 people · 5,540 visits".
 */
export function nodeFigure(
  result: Pick<SimulationResult, 'unit'>,
  stats: Pick<NodeStats, Figure | 'people' | 'distinct'>,
  figure: Figure = 'entered',
): string {
  const revisited =
    figure === 'entered' && stats.distinct !== undefined && stats.entered > stats.distinct;
  const count = revisited ? (stats.distinct as number) : stats[figure];
  const main =
    result.unit !== 'account' || !stats.people
      ? withUnit(count, result.unit)
      : accountsAndPeople(
          count,
          revisited ? (stats.people.distinct ?? stats.people.entered) : stats.people[figure],
        );
  return revisited ? `${main} · ${visits(stats.entered)}` : main;
}

/** An edge's count with its units; traversals beside distinct units when some came back (a Go to). */
export function edgeFigure(
  result: Pick<SimulationResult, 'unit'>,
  edge: Pick<EdgeStats, 'count' | 'people' | 'distinct' | 'peopleDistinct'>,
): string {
  const revisited = edge.distinct !== undefined && edge.count > edge.distinct;
  const count = revisited ? (edge.distinct as number) : edge.count;
  const people = revisited ? (edge.peopleDistinct ?? edge.people) : edge.people;
  const main =
    result.unit === 'account' ? accountsAndPeople(count, people) : withUnit(count, 'person');
  return revisited ? `${main} · ${visits(edge.count)}` : main;
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
