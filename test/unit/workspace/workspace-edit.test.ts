import { describe, expect, it } from 'vitest';
import { createAsset, upsertAsset } from '../../../renderer/features/content/content-edit';
import {
  addNamed,
  addValue,
  freeId,
  keyFromLabel,
  newAttribute,
  removeAt,
} from '../../../renderer/features/settings/workspace-edit';
import { WorkspaceUpdate } from '../../../shared/contract/workspace';
import { demoWorkspace } from '../../../electron/core/demo/demo-workspace';
import { ContentAsset } from '../../../shared/model';

describe('workspace editing helpers', () => {
  it('gives new items ids no other item has', () => {
    expect(freeId('aud', ['aud-1', 'aud-3'])).toBe('aud-4');
    expect(freeId('aud', ['aud-3', 'x'])).toBe('aud-4');
    const items = addNamed([{ id: 'aud-2', name: 'A', description: '' }], '  B  ', 'aud', {
      description: '',
    });
    expect(items[1]).toEqual({ id: 'aud-3', name: 'B', description: '' });
    expect(addNamed(items, '   ', 'aud', { description: '' })).toHaveLength(2);
  });

  it('adds text values once and ignores blanks', () => {
    expect(addValue(['vip'], 'vip')).toEqual(['vip']);
    expect(addValue(['vip'], ' partner ')).toEqual(['vip', 'partner']);
    expect(addValue(['vip'], ' ')).toEqual(['vip']);
    expect(removeAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });

  it('derives identifier-safe unique keys from labels', () => {
    expect(keyFromLabel('Lead source', [])).toBe('leadSource');
    expect(keyFromLabel('Lead source', ['leadSource'])).toBe('leadSource2');
    expect(keyFromLabel('2nd phone', [])).toBe('_2ndPhone');
    expect(keyFromLabel('€€', [])).toBe('attribute');
    expect(newAttribute('  ', [])).toBeNull();
  });

  it('keeps the demo workspace valid after adding one of everything', () => {
    const ws = demoWorkspace('tester');
    const next = {
      ...ws,
      tags: addValue(ws.tags, 'partner'),
      externalAudiences: addNamed(ws.externalAudiences, 'New audience', 'aud', { description: '' }),
      personAttributes: [...ws.personAttributes, newAttribute('Lead source', ws.personAttributes)!],
    };
    expect(WorkspaceUpdate.safeParse(next).success).toBe(true);
  });
});

describe('content assets', () => {
  it('creates valid assets with unique names and replaces by id', () => {
    const a = createAsset('email', []);
    const b = createAsset('email', [a]);
    expect([a.name, b.name]).toEqual(['New email', 'New email 2']);
    expect(ContentAsset.safeParse(createAsset('sms', [])).success).toBe(true);
    const content = upsertAsset([a], b);
    expect(upsertAsset(content, { ...a, subject: 'Hi' }).map((x) => x.subject)).toEqual(['Hi', '']);
    expect(content.map((x) => x.id)).toEqual([a.id, b.id]);
  });
});
