import { describe, expect, it } from 'vitest';
import {
  DATA_KEY_USED_BEFORE_SET,
  DUPLICATE_DATA_KEY,
  LIQUID_SYNTAX,
  UNKNOWN_DATA_KEY,
  UNUSED_DATA_KEY,
  analyzeLiquid,
  gateConditionTemplate,
} from '../../../shared/validation';
import {
  action,
  content,
  edge,
  entry,
  exit,
  gate,
  linearJourney,
  makeJourney,
  wait,
} from '../helpers/journey-builder';
import { codes, validate } from './fixtures';

const step = (id: string, dataKey: string, input: Record<string, string> = {}) =>
  action(id, 'custom-action', { dataKey, actionRef: 'ca-1', function: 'request', input });
const profile = (id: string, value: string) =>
  action(id, 'update-profile', { attribute: 'country', value });

describe('Liquid rules', () => {
  it('parses templates and lists the variables they read', () => {
    expect(analyzeLiquid('Hi {{ journey.k.body.name }}')).toEqual({
      ok: true,
      variables: [['journey', 'k', 'body', 'name']],
    });
    expect(analyzeLiquid('{{ oops }').ok).toBe(false);
    expect(gateConditionTemplate('a == 1')).toBe('{% if a == 1 %}true{% endif %}');
  });

  it('reports a syntax error in an action Liquid field, with node and field', () => {
    const [problem] = validate(linearJourney([profile('p', 'Hello {{ person.name }')]));
    expect(problem).toMatchObject({
      code: LIQUID_SYNTAX,
      nodeId: 'p',
      field: 'params.value',
      severity: 'error',
    });
  });

  it('reports unknown filters and bad values inside a record field', () => {
    const j = linearJourney([
      step('s', 'k', { a: '{{ x | nofilter }}' }),
      profile('p', '{{ journey.k }}'),
    ]);
    expect(validate(j)).toMatchObject([
      { code: LIQUID_SYNTAX, nodeId: 's', field: 'params.input.a' },
    ]);
  });

  it('reports a syntax error in a Gate condition', () => {
    const nodes = [entry(), gate('g', 'a === b'), exit('a'), exit('b')];
    const edges = [edge('entry', 'g'), edge('g', 'a', 'true'), edge('g', 'b', 'false')];
    expect(validate(makeJourney({ nodes, edges }))).toMatchObject([
      { code: LIQUID_SYNTAX, nodeId: 'g', field: 'condition' },
    ]);
  });

  it('reports a syntax error in authored content', () => {
    const j = linearJourney([], { content: [content('e1', 'email', '{% iff x %}')] });
    expect(validate(j)).toMatchObject([{ code: LIQUID_SYNTAX, field: 'content.e1.body' }]);
    expect(validate(j)[0].nodeId).toBeUndefined();
  });

  it('reports data keys that no step sets, or that are read before the step', () => {
    expect(codes(validate(linearJourney([profile('p', '{{ journey.ghost.body }}')])))).toEqual([
      UNKNOWN_DATA_KEY,
    ]);
    const before = linearJourney([profile('p', '{{ journey.k.body }}'), step('s', 'k')]);
    expect(validate(before)).toMatchObject([
      { code: DATA_KEY_USED_BEFORE_SET, nodeId: 'p', field: 'params.value' },
    ]);
    expect(
      validate(linearJourney([step('s', 'k'), wait('w'), profile('p', '{{ journey.k.body }}')])),
    ).toEqual([]);
  });
});

describe('Data Key rules', () => {
  it('refuses duplicate Data Keys', () => {
    const j = linearJourney([step('a', 'k'), step('b', 'k'), profile('p', '{{ journey.k }}')]);
    expect(validate(j)).toMatchObject([
      { code: DUPLICATE_DATA_KEY, nodeId: 'b', field: 'params.dataKey', severity: 'error' },
    ]);
  });

  it('warns about a Data Key nothing reads', () => {
    expect(validate(linearJourney([step('a', 'k')]))).toMatchObject([
      {
        code: UNUSED_DATA_KEY,
        nodeId: 'a',
        severity: 'warning',
        // Seed 003 and the field's help: results are read as {{journey.my_action.body}}.
        message: 'Data Key "k" is never used; reference it as {{ journey.k.body }} or remove it',
      },
    ]);
  });

  it('counts a read in authored content as a use', () => {
    const j = linearJourney([step('a', 'k')], {
      content: [content('e1', 'email', '{{ journey.k.body }}')],
    });
    expect(validate(j)).toEqual([]);
  });
});
