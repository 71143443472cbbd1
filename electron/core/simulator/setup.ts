import type { Liquid } from 'liquidjs';
import type { Journey, NodeOf } from '../../../shared/model';
import type { ActionTargetKind, Scenario, SimWarning } from '../../../shared/simulation';
import { peopleSplitRegions } from '../../../shared/validation/split-rules';
import { toNumber, type Column } from './column';
import type { VarRef } from './context';
import { CriteriaProgram } from './criteria';
import { DataKeyStore } from './datakeys';
import { EFFECT, effectOf, type EffectFactory, type EffectKind } from './effects';
import { GateEvaluator } from './gate';
import { hasCycle, KIND, type JourneyGraph } from './graph';
import { logEntryKey, logSlots, type LogSlots } from './action-reach';
import { templateRefs } from './liquid';
import { writeScope, type JourneyNeeds } from './needs';
import { columnKey, splitKey, type SimPopulation } from './population';

const NO_NUM = new Float64Array(0);
const NO_FLAGS = new Uint8Array(0);

/** A configured action node, ready to apply: its effect and the state it touches. */
export class ActionRuntime {
  scores: Float64Array = NO_NUM;
  flags: Uint8Array = NO_FLAGS;
  col: Column | null = null;
  store: DataKeyStore | null = null;
  refs: VarRef[] = [];
  /** Applies to people (in an account journey: each matching person of the account). */
  people = false;
  /** Criteria group of "Apply to which contacts", or -1 for all. */
  applyGroup = -1;
  /** setValue: the number (numeric column) or category code (category column) written. */
  setNum = NaN;
  setCode = -1;
  /** send: 0 email, 1 sms, 2 another channel. */
  channel = 2;
  constructor(
    readonly kind: EffectKind,
    readonly target: string,
    readonly amount: number,
    readonly value: string,
    readonly refKind: ActionTargetKind,
  ) {}
}

/** Everything the engine reads besides the graph: population, state columns, criteria and gates. */
export interface SimProgram {
  graph: JourneyGraph;
  pop: SimPopulation;
  units: number;
  accountUnits: boolean;
  configured: Uint8Array;
  actions: Array<ActionRuntime | null>;
  splitByPeople: Uint8Array;
  /** Split by people (account journeys): the index of its closing Merge paths node, else -1. */
  mergeOf: Int32Array;
  /** 1 for nodes that act on people (on a split-by-people path, or a people action), else 0. */
  peopleLevel: Uint8Array;
  /** 1 for nodes on the paths of a split by people (between the split and its merge). */
  onPeoplePath: Uint8Array;
  /** The action-log entry of each action step (steps naming the same target share one). */
  logSlots: LogSlots;
  /** Split: criteria group per slot, -1 for Other. */
  slotGroup: Int32Array;
  gates: Array<GateEvaluator | null>;
  criteria: CriteriaProgram;
  liquid: Liquid;
  /** Display names of referenced ids (lists, audiences, journeys…) for traces. */
  names: Readonly<Record<string, string>>;
}

/** Inputs of program setup. */
export interface SetupInput {
  journey: Journey;
  scenario: Scenario;
  graph: JourneyGraph;
  pop: SimPopulation;
  needs: JourneyNeeds;
  liquid: Liquid;
  effects: Record<string, EffectFactory>;
  isConfigured: (node: NodeOf<'action'>) => boolean;
  warnings: SimWarning[];
  names?: Readonly<Record<string, string>>;
}

/** Wires actions, criteria and gates to the population's columns. */
export function setupProgram(input: SetupInput): SimProgram {
  const { journey, scenario, graph, pop, needs, liquid, warnings } = input;
  const accountUnits = journey.audience === 'account';
  const units = accountUnits ? pop.accounts : pop.people;
  const n = graph.nodes.length;
  const unitArrays = new Map<string, Float64Array | Uint8Array>();
  const stores = new Map<string, DataKeyStore>();
  const storeFor = (key: string) => {
    let s = stores.get(key);
    if (!s) stores.set(key, (s = new DataKeyStore(key, scenario.mockResults[key], units)));
    s.template = needs.mocks.get(key) ?? null;
    return s;
  };
  const refsOf = (tpl: Parameters<typeof templateRefs>[1]): VarRef[] =>
    templateRefs(liquid, tpl).flatMap(([root, key]): VarRef[] => {
      if (root === 'journey' && key) return [{ root, key, store: storeFor(key) }];
      const col = pop.columns.get(columnKey(root === 'account' ? 'account' : 'person', key));
      return (root === 'account' || root === 'person') && col ? [{ root, key, col }] : [];
    });
  const configured = new Uint8Array(n);
  const actions: Array<ActionRuntime | null> = new Array<ActionRuntime | null>(n).fill(null);
  const criteria = new CriteriaProgram();
  const columnFor = (c: { scope: 'account' | 'person'; attribute: string }) =>
    pop.columns.get(columnKey(c.scope, c.attribute)) as Column;
  graph.nodes.forEach((node, i) => {
    if (node.type !== 'action' || !input.isConfigured(node)) return;
    configured[i] = 1;
    const eff = effectOf(node, input.effects);
    const a = new ActionRuntime(eff.kind, eff.target, eff.amount, eff.value, eff.refKind);
    a.people = writeScope(journey, node.settings.scope) === 'person';
    if (node.settings.applyTo.mode === 'matching')
      a.applyGroup = criteria.addGroup(
        node.settings.applyTo.criteria,
        node.settings.applyTo.match,
        columnFor,
      );
    const arrayFor = (prefix: string, make: () => Float64Array | Uint8Array) => {
      const key = `${prefix}${eff.refKind}:${eff.target}`;
      let arr = unitArrays.get(key);
      if (!arr) unitArrays.set(key, (arr = make()));
      return arr;
    };
    if (eff.kind === EFFECT.score)
      a.scores = arrayFor('score:', () => new Float64Array(units)) as Float64Array;
    if (eff.kind === EFFECT.tagAdd || eff.kind === EFFECT.tagRemove)
      a.flags = arrayFor('tag:', () => new Uint8Array(units)) as Uint8Array;
    if (eff.kind === EFFECT.listAdd || eff.kind === EFFECT.listRemove)
      a.flags = arrayFor('list:', () => new Uint8Array(units)) as Uint8Array;
    if (eff.kind === EFFECT.setValue) {
      a.col = pop.columns.get(columnKey(a.people ? 'person' : 'account', eff.target)) ?? null;
      if (!a.col)
        warnings.push({
          code: 'unknown_attribute',
          nodeId: node.id,
          message: `"${graph.stepNames[i]}" changes an attribute with no name; nothing is changed.`,
        });
      a.setNum = toNumber(eff.value);
      if (a.col?.kind === 'cat' && eff.value !== '') a.setCode = a.col.intern(eff.value);
    }
    if (eff.kind === EFFECT.send)
      a.channel = eff.target === 'email' ? 0 : eff.target === 'sms' ? 1 : 2;
    if (eff.kind === EFFECT.custom) {
      a.store = storeFor(eff.target);
      if (!scenario.mockResults[eff.target])
        warnings.push({
          code: 'no_mock',
          nodeId: node.id,
          message: `No mocked result for data key "${eff.target}"; the step stores null.`,
        });
      if (a.store.template) a.refs = refsOf(a.store.template);
    }
    actions[i] = a;
  });
  const slotGroup = new Int32Array(graph.outStart[n]).fill(-1);
  const splitByPeople = new Uint8Array(n);
  graph.nodes.forEach((node, i) => {
    if (node.type !== 'split') return;
    splitByPeople[i] = node.settings.splitBy === 'people' ? 1 : 0;
    node.settings.paths.forEach(
      (p, j) =>
        (slotGroup[graph.outStart[i] + j] = criteria.addGroup(p.criteria, p.match, columnFor)),
    );
  });
  criteria.finalize();
  const mergeOf = new Int32Array(n).fill(-1);
  const peopleLevel = new Uint8Array(n);
  const index = new Map(graph.nodes.map((node, i) => [node.id, i]));
  for (const region of peopleSplitRegions(journey)) {
    const s = index.get(region.splitId) as number;
    mergeOf[s] = region.mergeId === null ? -1 : (index.get(region.mergeId) ?? -1);
    for (const id of region.nodeIds) peopleLevel[index.get(id) as number] = 1;
  }
  const onPeoplePath = peopleLevel.slice();
  graph.nodes.forEach((node, i) => {
    if (node.type === 'action' && writeScope(journey, node.settings.scope) === 'person')
      peopleLevel[i] = 1;
  });
  const gates = graph.nodes.map((node) => {
    const tpl = node.type === 'gate' ? needs.gates.get(node.id) : undefined;
    return tpl ? new GateEvaluator(liquid, tpl, refsOf(tpl), pop.personStart) : null;
  });
  // Say what the gap does and where to close it: the default population sets no attributes, so a
  // split on one sends everyone to Other, which reads as a journey fault unless we say why.
  for (const key of pop.missing) {
    const [scope, attr] = splitKey(key);
    const who = scope === 'account' ? 'accounts' : 'people';
    const where = scope === 'account' ? 'an Account' : 'a Person';
    warnings.push({
      code: 'unknown_attribute',
      message: `The population does not set "${attr}" for ${who}, so it is empty for all of them: criteria on it match nobody and conditions see it empty. Add it as ${where} attribute of the scenario's population (or a CSV column).`,
    });
  }
  return {
    graph,
    pop,
    units,
    accountUnits,
    configured,
    actions,
    splitByPeople,
    mergeOf,
    peopleLevel,
    onPeoplePath,
    logSlots: logSlots(
      graph.nodes.map((node, i) => {
        const a = actions[i];
        return a && node.type === 'action'
          ? logEntryKey(a, accountUnits, node.settings.actionId ?? '')
          : null;
      }),
      accountUnits,
      graph.kind.includes(KIND.goto),
      graph.nodes.map((node, i) => {
        const a = actions[i];
        return a && node.type === 'action'
          ? { actionId: node.settings.actionId ?? '', person: a.people || !accountUnits }
          : null;
      }),
      hasCycle(graph),
    ),
    slotGroup,
    gates,
    criteria,
    liquid,
    names: input.names ?? {},
  };
}
