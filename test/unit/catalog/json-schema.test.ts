import { describe, expect, it } from 'vitest';
import { ACTIONS, catalogAsJsonSchema } from '../../../shared/catalog';

describe('catalogAsJsonSchema', () => {
  const json = catalogAsJsonSchema();

  it('converts every action without throwing and survives JSON', () => {
    expect(json).toHaveLength(ACTIONS.length);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it.each(json.map((a) => [a.id, a] as const))(
    '%s has its metadata and object schemas',
    (_id, a) => {
      const action = ACTIONS.find((x) => x.id === a.id)!;
      expect(a).toMatchObject({ label: action.label, scope: action.scope, group: action.group });
      expect(a.params.type).toBe('object');
      expect(a.params.required ?? []).toEqual([]);
      expect(Object.keys(a.params.properties ?? {})).toEqual(action.fields.map((f) => f.name));
      expect(a.fields.every((f) => !('schema' in f))).toBe(true);
    },
  );

  it('keeps the seed constraints', () => {
    const status = json.find((a) => a.id === 'update-buying-group-status')!;
    expect(status.params.properties?.status).toMatchObject({ type: 'string', maxLength: 50 });
    expect(status.complete.required).toEqual(['solutionInterestId', 'status']);
    const moment = json.find((a) => a.id === 'account-interesting-moment')!;
    expect(moment.params.properties?.type).toMatchObject({ enum: ['Email', 'Milestone', 'Web'] });
    const email = json.find((a) => a.id === 'send-email')!;
    expect(email.complete.oneOf).toHaveLength(2);
  });
});
