import { describe, expect, it } from 'vitest';
import { isTruthyOutput, renderStrict } from '../../../shared/liquid/render';
import { gateConditionTemplate } from '../../../shared/validation';

const scope = {
  person: { firstName: 'Ana', score: 70 },
  account: {},
  journey: { crm: { status: 200, body: { tier: 'gold' } } },
};

describe('strict, bounded Liquid rendering', () => {
  it('renders profile attributes and Action results', async () => {
    expect(
      await renderStrict('Hi {{ person.firstName }}, {{ journey.crm.body.tier }}', scope),
    ).toEqual({ ok: true, output: 'Hi Ana, gold' });
  });

  it('fails on an unknown variable instead of rendering it empty', async () => {
    expect(await renderStrict('{{ person.lastName }}', scope)).toMatchObject({
      ok: false,
      message: expect.stringContaining('undefined variable: person.lastName'),
    });
  });

  it('reads only own properties (no prototype walk)', async () => {
    expect(await renderStrict('{{ person.constructor }}', scope)).toMatchObject({ ok: false });
  });

  it('stops a runaway loop with a clear error', async () => {
    const out = await renderStrict('{% for i in (1..100000000) %}{{ i }}{% endfor %}', scope);
    expect(out.ok).toBe(false);
  });

  it('evaluates Gate conditions as true or false', async () => {
    const yes = await renderStrict(
      gateConditionTemplate('person.score > 50 and journey.crm.status == 200'),
      scope,
    );
    const no = await renderStrict(
      gateConditionTemplate('journey.crm.body.tier == "silver"'),
      scope,
    );
    expect(yes.ok && isTruthyOutput(yes.output)).toBe(true);
    expect(no.ok && isTruthyOutput(no.output)).toBe(false);
  });
});
