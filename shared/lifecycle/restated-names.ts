import { freePathName } from '../graph/paths';
import {
  NODE_TYPE_LABELS,
  OPERATORS_BY_TYPE,
  takesValue,
  type Criterion,
  type JourneyNode,
  type NodeOf,
  type Operator,
} from '../model';

// Duplicate without details resets a split's settings (seed 002). A name that stated those
// settings ("Random 70/30", "Group A 70%", "Region is EMEA", "Employees > 500") would now say
// something false ("Group A 70% (50%)" on the map), so it goes back to the default. A name that
// only borrows a word of them is the user's label and stays: a split named after its attribute
// ("Region"), a path after its value ("EMEA"), "Control group", "Big accounts".

/** Shares a name states: "70%", "70/30". */
const STATES_SHARES = /\d\s*%|\d\s*\/\s*\d/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase as a pattern: any run of spaces matches any other. */
const loose = (s: string) => escape(s.trim()).replace(/\s+/g, '\\s+');
const mentions = (name: string, word: string) =>
  word.trim() !== '' && new RegExp(`(^|\\W)${loose(word)}(\\W|$)`, 'i').test(name);

/** Whether a name states one of these percents ("Group A 70%", "70/30", "Seventy 70"). */
function statesPercents(name: string, percents: readonly number[]): boolean {
  return STATES_SHARES.test(name) || percents.some((p) => mentions(name, String(p)));
}

/** Symbols people write a comparison with ("Employees > 500", "Tier: Gold"). */
const OPERATOR_SYMBOLS: Record<Operator, readonly string[]> = {
  equals: ['=', '==', ':'],
  notEquals: ['!=', '≠', '<>'],
  contains: ['~'],
  greaterThan: ['>'],
  lessThan: ['<'],
  isEmpty: [],
  isNotEmpty: [],
  isTrue: [],
  isFalse: [],
};

/**
 * An operator as a name may word it, up to its value: its words for every attribute type ("is",
 * "is on", "is after") after a space, or its symbol.
 */
function operatorPatterns(op: Operator, withValue: boolean): string[] {
  const words = Object.values(OPERATORS_BY_TYPE)
    .flat()
    .filter((o) => o.value === op)
    .map((o) => `\\s+${loose(o.label)}${withValue ? '\\s+' : ''}`);
  const symbols = OPERATOR_SYMBOLS[op].map((s) => `\\s*${escape(s)}\\s*`);
  return [...new Set([...words, ...symbols])];
}

/** The attribute as a name may word it: its key ("annualRevenue") and in words ("annual Revenue"). */
const attributeWords = (key: string) => [
  ...new Set([key, key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ')]),
];

/**
 * Whether a name states a criterion as a condition, the way the criteria builder reads it:
 * attribute, operator, value ("Region is EMEA", "employees > 500", `Tier: "Gold"`); a criterion
 * without a value by its attribute and operator ("Email is empty").
 */
function statesCriterion(name: string, c: Criterion): boolean {
  const withValue = takesValue(c.operator);
  const value = c.value.trim();
  if (withValue && value === '') return false;
  const tail = withValue ? `["'“‘]?${loose(value)}["'”’]?(?=\\W|$)` : '(?=\\W|$)';
  return attributeWords(c.attribute).some((attr) =>
    operatorPatterns(c.operator, withValue).some((op) =>
      new RegExp(`(^|\\W)${loose(attr)}(${op})${tail}`, 'i').test(name),
    ),
  );
}

/** Whether a name states one of these criteria (`statesCriterion`). */
const statesCriteria = (name: string, criteria: readonly Criterion[]) =>
  criteria.some((c) => statesCriterion(name, c));

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
