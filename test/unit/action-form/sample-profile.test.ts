import { describe, expect, it } from 'vitest';
import { renderPreview } from '../../../renderer/features/content/liquid-preview';
import { SAMPLE_COUNT, sampleProfile } from '../../../renderer/features/content/sample-profile';
import { demoWorkspace } from '../../../electron/core/demo/demo-workspace';

const ws = demoWorkspace('tester');

describe('sampleProfile', () => {
  it('has a value for every workspace attribute, typed by the attribute', () => {
    const p = sampleProfile(ws);
    for (const a of ws.personAttributes) expect(p.person).toHaveProperty(a.key);
    for (const a of ws.accountAttributes) expect(p.account).toHaveProperty(a.key);
    expect(typeof p.person.leadScore).toBe('number');
    expect(typeof p.person.subscribed).toBe('boolean');
  });

  it('is deterministic and offers different samples', () => {
    expect(sampleProfile(ws, 1)).toEqual(sampleProfile(ws, 1));
    const names = Array.from(
      { length: SAMPLE_COUNT },
      (_, i) => sampleProfile(ws, i).person.firstName,
    );
    expect(new Set(names).size).toBe(SAMPLE_COUNT);
  });

  it('builds the email from the sample name', () => {
    expect(sampleProfile(ws, 0).person.email).toBe('alex.morgan@example.com');
  });
});

describe('renderPreview', () => {
  const profile = sampleProfile(ws);

  it('renders person and account attributes and filters', () => {
    const r = renderPreview('Hi {{ person.firstName | upcase }} at {{ account.name }}', profile);
    expect(r).toEqual({ ok: true, text: 'Hi ALEX at Acme Analytics', unknown: [] });
  });

  it('lists variables the sample profile does not have, and renders them empty', () => {
    const r = renderPreview('{{ person.nickname }}{{ journey.enrich.body }}{{ weather }}', profile);
    expect(r).toEqual({ ok: true, text: '', unknown: ['person.nickname', 'weather'] });
  });

  it('reports a syntax error or an unknown filter instead of throwing', () => {
    expect(renderPreview('{{ person.firstName', profile).ok).toBe(false);
    expect(renderPreview('{{ person.firstName | shout }}', profile).ok).toBe(false);
  });
});
