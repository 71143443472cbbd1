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

type FigureStats = Pick<NodeStats, Figure | 'people' | 'distinct'>;

/**
 * A node figure split into what it counts. Only entered, completed and skipped can repeat (a Go to
 * brings a unit back); waiting and exited happen once per unit. When some came back: `count` and
 * `people` are distinct units and `visits` the passes; a figure that is a part of the visits has no
 * distinct count (`count` null), only `visits`.
 */
export interface FigureParts {
  count: number | null;
  people?: number;
  visits?: number;
}

/** Did some unit enter this node more than once (a Go to)? */
export const wasRevisited = (stats: Pick<NodeStats, 'entered' | 'distinct'>): boolean =>
  stats.distinct !== undefined && stats.entered > stats.distinct;

export function figureParts(
  result: Pick<SimulationResult, 'unit'>,
  stats: FigureStats,
  figure: Figure = 'entered',
): FigureParts {
  const account = result.unit === 'account' && stats.people !== undefined;
  const repeats = figure === 'entered' || figure === 'completed' || figure === 'skipped';
  if (!repeats || !wasRevisited(stats))
    return { count: stats[figure], people: account ? stats.people?.[figure] : undefined };
  // Nobody did it: zero of each unit, not "only part of the visits".
  if (stats[figure] === 0) return { count: 0, people: account ? 0 : undefined };
  // Every visit did it (e.g. an unconfigured step skips all): the same units as entered.
  if (stats[figure] !== stats.entered) return { count: null, visits: stats[figure] };
  const p = stats.people;
  return {
    count: stats.distinct as number,
    people: account && p ? (p.distinct ?? p.entered) : undefined,
    visits: stats[figure],
  };
}

/** Parts as words: "3 accounts · 6 people · 9 visits", "1,000 people", "60 visits". */
export function partsText(result: Pick<SimulationResult, 'unit'>, parts: FigureParts): string {
  if (parts.count === null) return visits(parts.visits ?? 0);
  const main =
    result.unit === 'account'
      ? accountsAndPeople(parts.count, parts.people)
      : withUnit(parts.count, result.unit);
  return parts.visits === undefined ? main : `${main} · ${visits(parts.visits)}`;
}

/**
 * A node's figure with its units: in account journeys accounts · people on every node (one order),
 * people otherwise. In a journey with a Go to, a node some unit came back to counts distinct
 * accounts (people) and adds the visits: "1,385 accounts · 5,540 people · 5,540 visits".
 */
export function nodeFigure(
  result: Pick<SimulationResult, 'unit'>,
  stats: FigureStats,
  figure: Figure = 'entered',
): string {
  return partsText(result, figureParts(result, stats, figure));
}

/**
 * Entered up to a replay day (index `day`). Daily counts are visits: when nobody came back over the
 * whole run every visit is a first one, so they are units (with people); otherwise they say visits.
 */
export function dayFigure(
  result: Pick<SimulationResult, 'unit'>,
  stats: Pick<NodeStats, 'entered' | 'distinct' | 'daily' | 'people'>,
  day: number,
): string {
  const upTo = (daily: readonly number[]) => daily.slice(0, day + 1).reduce((a, b) => a + b, 0);
  if (wasRevisited(stats)) return visits(upTo(stats.daily));
  const people = result.unit === 'account' && stats.people ? upTo(stats.people.daily) : undefined;
  return partsText(result, { count: upTo(stats.daily), people });
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

/** An edge's traversals up to a replay day (index `day`): units while nobody came back, else visits. */
export function edgeDayFigure(
  result: Pick<SimulationResult, 'unit'>,
  edge: Pick<EdgeStats, 'count' | 'distinct' | 'daily' | 'peopleDaily'>,
  day: number,
): string {
  const upTo = (daily: readonly number[]) => daily.slice(0, day + 1).reduce((a, b) => a + b, 0);
  if (edge.distinct !== undefined && edge.count > edge.distinct) return visits(upTo(edge.daily));
  const people = result.unit === 'account' && edge.peopleDaily ? upTo(edge.peopleDaily) : undefined;
  return partsText(result, { count: upTo(edge.daily), people });
}

/** The plural noun of the result's unit, capitalised for table headings: "Accounts" / "People". */
export function unitHeading(unit: Unit): string {
  return unit === 'account' ? 'Accounts' : 'People';
}

/** The note on a step the run skipped, as every view words it: "Skipped: 2,500 accounts — no action chosen". */
export const skipNote = (figure: string, reason?: string | null): string =>
  `Skipped: ${figure} — ${reason ?? 'not configured'}`;

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
