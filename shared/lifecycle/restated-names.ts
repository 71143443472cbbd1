import { freePathName } from '../graph/paths';
import { NODE_TYPE_LABELS, type Criterion, type JourneyNode, type NodeOf } from '../model';

// Duplicate without details resets a split's settings (seed 002). A name that stated those
// settings ("Random 70/30", "Group A 70%", "Employees > 500") would now say something false
// ("Group A 70% (50%)" on the map), so it goes back to the default; a name without them
// ("Control group", "Big accounts") is the user's label for the path and stays.

/** Shares a name states: "70%", "70/30". */
const STATES_SHARES = /\d\s*%|\d\s*\/\s*\d/;
/** A comparison a name states: "Employees > 500", "Tier = Gold". */
const STATES_COMPARISON = /[<>=≠≤≥]/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const mentions = (name: string, word: string) =>
  word.trim() !== '' && new RegExp(`(^|\\W)${escape(word.trim())}(\\W|$)`, 'i').test(name);

/** Whether a name states one of these percents ("Group A 70%", "70/30", "Seventy 70"). */
function statesPercents(name: string, percents: readonly number[]): boolean {
  return STATES_SHARES.test(name) || percents.some((p) => mentions(name, String(p)));
}

/** Whether a name restates one of these criteria: a comparison, an attribute or a value. */
function statesCriteria(name: string, criteria: readonly Criterion[]): boolean {
  if (criteria.length === 0) return false;
  return (
    STATES_COMPARISON.test(name) ||
    criteria.some((c) => mentions(name, c.attribute) || mentions(name, c.value))
  );
}

/** Paths whose `restated` name goes back to its default ("Path A", "Path 2"), never twice the same. */
function renamePaths<P extends { name: string }>(
  type: 'split' | 'randomSplit',
  paths: readonly P[],
  restated: (p: P, i: number) => boolean,
): P[] {
  const gone = paths.map(restated);
  const taken = new Set(paths.filter((_, i) => !gone[i]).map((p) => p.name));
  return paths.map((p, i) => {
    if (!gone[i]) return p;
    const name = freePathName(type, i, taken);
    taken.add(name);
    return { ...p, name };
  });
}

function randomSplitNames(
  before: NodeOf<'randomSplit'>,
  after: NodeOf<'randomSplit'>,
): NodeOf<'randomSplit'> {
  const old = before.settings.paths;
  const changed = (i: number) => old[i].percent !== after.settings.paths[i].percent;
  const paths = renamePaths('randomSplit', after.settings.paths, (p, i) => {
    return changed(i) && statesPercents(p.name, [old[i].percent]);
  });
  const anyChanged = old.some((_, i) => changed(i));
  const oldPercents = old.map((p) => p.percent);
  const name =
    anyChanged && statesPercents(after.name, oldPercents)
      ? NODE_TYPE_LABELS.randomSplit
      : after.name;
  return { ...after, name, settings: { ...after.settings, paths } };
}

function splitNames(before: NodeOf<'split'>, after: NodeOf<'split'>): NodeOf<'split'> {
  const old = before.settings.paths;
  const paths = renamePaths('split', after.settings.paths, (p, i) =>
    statesCriteria(p.name, old[i].criteria),
  );
  const all = old.flatMap((p) => p.criteria);
  const name = statesCriteria(after.name, all) ? NODE_TYPE_LABELS.split : after.name;
  return { ...after, name, settings: { ...after.settings, paths } };
}

/**
 * A split reset by Duplicate without details with the names that stated its old settings back
 * to their defaults: percents that changed on a Random split, cleared conditions on a Split path.
 */
export function namesAfterReset(before: JourneyNode, after: JourneyNode): JourneyNode {
  if (before.type === 'randomSplit' && after.type === 'randomSplit')
    return randomSplitNames(before, after);
  if (before.type === 'split' && after.type === 'split') return splitNames(before, after);
  return after;
}
