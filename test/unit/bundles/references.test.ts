import { describe, expect, it } from 'vitest';
import { journeyReferences, pickReferences } from '../../../shared/bundle/references';
import { demoWorkspace } from '../../../electron/core/demo/demo-workspace';
import { content, gate, linearJourney } from '../helpers/journey-builder';

describe('what a bundle carries of the workspace', () => {
  it('includes the person and account attributes the journey only reads in Liquid', () => {
    const journey = linearJourney([gate('vip', "{{ account.industry }} == 'Retail'")], {
      content: [content('welcome', 'email', 'Hi {{ person.firstName }} from {{ journey.crm.id }}')],
    });
    const refs = journeyReferences(journey);
    expect(refs.filter((r) => r.collection.endsWith('Attributes'))).toEqual([
      { collection: 'accountAttributes', key: 'industry' },
      { collection: 'personAttributes', key: 'firstName' },
    ]);
    const workspace = demoWorkspace('tester');
    const picked = pickReferences(refs, workspace);
    expect(picked.personAttributes.map((a) => a.key)).toEqual(['firstName']);
    expect(picked.accountAttributes.map((a) => a.key)).toEqual(['industry']);
  });
});
