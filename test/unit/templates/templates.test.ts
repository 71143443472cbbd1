import { describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../../electron/core/demo/demo-workspace';
import { DEMO_MOCK_ACTION_ID } from '../../../electron/core/demo/demo-action-patterns';
import { simulate } from '../../../electron/core/simulator';
import { newJourney } from '../../../shared/journeys/new-journey';
import { checkBodyParams } from '../../../shared/journeys/check-body';
import { Journey, nodeOutputs } from '../../../shared/model';
import {
  TEMPLATES,
  findTemplate,
  templateCatalog,
  TemplateMeta,
  type TemplateContext,
} from '../../../shared/templates';
import { validateJourney } from '../../../shared/validation';

const workspace = demoWorkspace('tester');

function context(): TemplateContext {
  let n = 0;
  return { makeId: () => `id-${++n}`, workspace, customActionId: DEMO_MOCK_ACTION_ID };
}

function instantiate(id: string) {
  const template = findTemplate(id);
  if (!template) throw new Error(`no template ${id}`);
  const built = template.build(context());
  const base = newJourney({
    name: template.meta.title,
    description: '',
    audience: template.meta.audience,
    user: 'tester',
    now: new Date('2025-01-01T00:00:00Z'),
  });
  const journey = Journey.parse({ ...base, ...checkBodyParams(built.body) });
  return { template, built, journey };
}

describe('journey templates', () => {
  it('has five templates with valid, unique metadata', () => {
    const ids = templateCatalog().map((m) => TemplateMeta.parse(m).id);
    expect(ids).toEqual([
      'lead-nurturing',
      'customer-onboarding',
      'sales-handoff',
      'buying-group',
      'api-enrichment',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const { meta } of TEMPLATES) {
    describe(meta.title, () => {
      it('passes validateJourney against the demo workspace with no errors', () => {
        const { journey } = instantiate(meta.id);
        const problems = validateJourney(journey, workspace, { journeys: [] });
        expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      });

      it('connects every output and gives every node a speaker note and a laid-out position', () => {
        const { journey, built } = instantiate(meta.id);
        for (const node of journey.nodes) {
          const used = new Set(
            journey.edges.filter((e) => e.source === node.id).map((e) => e.sourceHandle),
          );
          expect(
            nodeOutputs(node).filter((o) => !used.has(o.id)),
            node.name,
          ).toEqual([]);
          expect(built.notes[node.id], node.name).toBeTruthy();
        }
        expect(new Set(journey.nodes.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(
          journey.nodes.length,
        );
      });

      it('has a saved scenario that simulates and moves people to at least two exits', () => {
        const { journey, built } = instantiate(meta.id);
        expect(built.scenario.name).toBe(meta.scenarioName);
        const result = simulate(journey, built.scenario);
        const exits = journey.nodes.filter((n) => n.type === 'exit').map((n) => n.id);
        const reached = result.nodes.filter((n) => exits.includes(n.nodeId) && n.entered > 0);
        expect(reached.length).toBeGreaterThanOrEqual(2);
        expect(result.profiles.admitted).toBeGreaterThan(0);
        expect(result.warnings).toEqual([]);
      });
    });
  }

  it('builds the same journey twice from the same ids (deterministic)', () => {
    expect(instantiate('buying-group').built).toEqual(instantiate('buying-group').built);
  });
});
