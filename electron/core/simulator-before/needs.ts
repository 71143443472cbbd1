import { distinctStepNames } from '../../../shared/graph/step-names';
import type { Liquid, Template } from 'liquidjs';
import type { Criterion, Journey, JourneyNode } from '../../../shared/model';
import type { Scenario, SimWarning } from '../../../shared/simulation';
import { EFFECT, effectOf, type EffectFactory } from './effects';
import { conditionTemplate, templateRefs } from './liquid';
import { columnKey } from './population';

/** Parsed templates and the attribute columns a journey reads or writes. */
export interface JourneyNeeds {
  columns: Set<string>;
  gates: Map<string, Template[]>;
  mocks: Map<string, Template[]>;
}

/** Walks the journey once: criteria, gate conditions, template mocks and data-value writes. */
export function collectNeeds(
  journey: Journey,
  scenario: Scenario,
  liquid: Liquid,
  effects: Record<string, EffectFactory>,
  warnings: SimWarning[],
): JourneyNeeds {
  const needs: JourneyNeeds = { columns: new Set(), gates: new Map(), mocks: new Map() };
  const addCriteria = (cs: Criterion[]) =>
    cs.forEach((c) => needs.columns.add(columnKey(c.scope, c.attribute)));
  const addRefs = (tpl: Template[]) =>
    templateRefs(liquid, tpl).forEach(([root, key]) => {
      if ((root === 'account' || root === 'person') && key) needs.columns.add(columnKey(root, key));
    });
  const parse = (text: string, node: JourneyNode | null, what: string): Template[] | null => {
    try {
      return liquid.parse(text);
    } catch (e) {
      const message = `${what} is not valid Liquid (${e instanceof Error ? e.message.split('\n')[0] : String(e)}).`;
      warnings.push(
        node
          ? { code: 'invalid_liquid', nodeId: node.id, message }
          : { code: 'invalid_liquid', message },
      );
      return null;
    }
  };
  const stepNames = distinctStepNames(journey);
  for (const node of journey.nodes) {
    if (node.type === 'split') node.settings.paths.forEach((p) => addCriteria(p.criteria));
    if (node.type === 'action') {
      if (node.settings.applyTo.mode === 'matching') addCriteria(node.settings.applyTo.criteria);
      const eff = effectOf(node, effects);
      if (eff.kind === EFFECT.setValue && eff.target)
        needs.columns.add(columnKey(writeScope(journey, node.settings.scope), eff.target));
    }
    if (node.type === 'gate') {
      const tpl = parse(
        conditionTemplate(node.settings.condition),
        node,
        `The condition of "${stepNames.get(node.id) ?? node.name}"`,
      );
      if (tpl) {
        needs.gates.set(node.id, tpl);
        addRefs(tpl);
      }
    }
  }
  for (const [key, mock] of Object.entries(scenario.mockResults)) {
    if (mock.kind !== 'template') continue;
    const tpl = parse(mock.template, null, `The mocked result for "${key}"`);
    if (tpl) {
      needs.mocks.set(key, tpl);
      addRefs(tpl);
    }
  }
  return needs;
}

/** Which attribute scope an action writes: people actions write people, account actions the account. */
export function writeScope(
  journey: Journey,
  scope: 'account' | 'people' | null,
): 'account' | 'person' {
  if (scope === 'people') return 'person';
  if (scope === 'account') return 'account';
  return journey.audience === 'account' ? 'account' : 'person';
}
