import { describe, expect, it } from 'vitest';
import { DEMO_MOCK_ACTION_ID } from '../../../electron/core/demo/demo-action-patterns';
import { demoWorkspace } from '../../../electron/core/demo/demo-workspace';
import { layoutPositions, type GraphDoc } from '../../../shared/graph';
import { TEMPLATES } from '../../../shared/templates';
import { clean, layoutDefects } from './edge-lines';

const workspace = demoWorkspace('tester');

function templateBody(id: string): GraphDoc {
  const template = TEMPLATES.find((t) => t.meta.id === id);
  if (!template) throw new Error(`no template ${id}`);
  let n = 0;
  return template.build({
    makeId: () => `id-${++n}`,
    workspace,
    customActionId: DEMO_MOCK_ACTION_ID,
  }).body;
}

describe('Tidy up on every template', () => {
  for (const { meta } of TEMPLATES)
    it(`${meta.title}: paths keep their order, no two edges share a stretch or cross`, () => {
      const doc = templateBody(meta.id);
      expect(layoutDefects(doc, layoutPositions(doc))).toEqual(clean);
    });

  it('the buying group: Executives left of Other on both rows of their paths', () => {
    const doc = templateBody('buying-group');
    const pos = layoutPositions(doc);
    const byName = (name: string) => pos[doc.nodes.find((n) => n.name === name)?.id ?? ''];
    expect(byName('Assign decision makers').x).toBeLessThan(byName('Assign influencers').x);
    expect(byName('Send case study').x).toBeLessThan(byName('Retarget on LinkedIn').x);
    expect(byName('Send case study').x).toBe(byName('Assign decision makers').x);
  });
});
