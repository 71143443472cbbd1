import { describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/core';
import type { Journey } from '../../../shared/model';
import { GATE_CONDITION_FORM, gateConditionFormError } from '../../../shared/validation';
import { useTempDirs } from '../../helpers/temp-dir';
import { call } from '../helpers/call';
import { edge, entry, exit, gate, makeJourney } from '../helpers/journey-builder';
import { validate } from './fixtures';

const tempDir = useTempDirs();
const MESSAGE = 'Condition: write it without {{ }}, e.g. journey.lead.body.score > 5';

const gated = (condition: string): Journey =>
  makeJourney({
    nodes: [entry(), gate('g', condition), exit('t'), exit('f')],
    edges: [edge('entry', 'g'), edge('g', 't', 'true'), edge('g', 'f', 'false')],
  });

const formProblems = (condition: string) =>
  validate(gated(condition)).filter((p) => p.code === GATE_CONDITION_FORM);

describe('one form for a Gate condition', () => {
  it('takes the expression alone or a whole {% %} template', () => {
    expect(formProblems('person.score > 5')).toEqual([]);
    expect(formProblems('{% if person.score > 5 %}true{% endif %}')).toEqual([]);
    expect(formProblems('{% if person.score > 5 %}{{ person.score }}{% endif %}')).toEqual([]);
  });

  it('refuses {{ }} once, on the Condition field, suggesting the expression without braces', () => {
    expect(formProblems('{{ journey.lead.body.score > 5 }}')).toEqual([
      {
        code: GATE_CONDITION_FORM,
        severity: 'error',
        nodeId: 'g',
        field: 'condition',
        message: MESSAGE,
      },
    ]);
    expect(gateConditionFormError('{{- person.score -}}')).toBe(
      'Condition: write it without {{ }}, e.g. person.score',
    );
    // Mixed with other text there is no one expression to suggest: the example stands in.
    expect(gateConditionFormError('{{ a }} and {{ b }}')).toBe(MESSAGE);
    expect(gateConditionFormError('person.score > 5 }}')).toBe(MESSAGE);
  });

  it('Preview and the publish check give the same message as the field', async () => {
    const core = await openCore({ dataDir: tempDir(), mode: 'cli', user: 't' });
    try {
      const preview = (template: string) =>
        core.dispatch('liquid.preview', {
          template,
          mode: 'condition',
          sampleProfile: { person: {}, account: {} },
          journey: { lead: { body: { score: 7 } } },
        });
      await expect(preview('{{ journey.lead.body.score > 5 }}')).resolves.toEqual({
        ok: false,
        message: MESSAGE,
      });
      await expect(preview('journey.lead.body.score > 5')).resolves.toEqual({
        ok: true,
        output: 'true',
        truthy: true,
      });
      // Text mode renders {{ }} as it always did.
      await expect(
        core.dispatch('liquid.preview', {
          template: '{{ journey.lead.body.score }}',
          mode: 'text',
          sampleProfile: { person: {}, account: {} },
          journey: { lead: { body: { score: 7 } } },
        }),
      ).resolves.toMatchObject({ ok: true, output: '7' });

      const made = await call(core, 'journeys.create', {
        name: 'Gate form',
        description: '',
        audience: 'people',
      });
      const { nodes, edges, content, description } = gated('{{ journey.lead.body.score > 5 }}');
      await call(core, 'journeys.save', {
        id: made.id,
        baseRevision: made.revision,
        body: { nodes, edges, content, description },
      });
      const { problems } = await call(core, 'journeys.publishCheck', { id: made.id });
      expect(problems.filter((p) => p.code === GATE_CONDITION_FORM)).toMatchObject([
        { severity: 'error', message: MESSAGE },
      ]);
    } finally {
      await core.close();
    }
  });
});
