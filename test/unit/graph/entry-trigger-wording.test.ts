import { describe, expect, it } from 'vitest';
import { defaultEntryName } from '../../../shared/graph/auto-name';
import { starterNodes } from '../../../shared/journeys/new-journey';
import { entryTriggerLabel, type NodeOf } from '../../../shared/model';
import { summarizeNode } from '../../../shared/render/node-summary';

const entry = (trigger: NodeOf<'entry'>['settings']['trigger'], source = ''): NodeOf<'entry'> => ({
  id: 'e',
  type: 'entry',
  name: 'Entry',
  position: { x: 0, y: 0 },
  settings: { trigger, source },
});

describe('Entry trigger wording', () => {
  it('names a new account journey’s Entry as its card and trigger picker word the trigger', () => {
    const [start] = starterNodes('account');
    expect(start.name).toBe('Account audience');
    expect(summarizeNode(start, () => undefined)).toBe(start.name);
    expect(entryTriggerLabel('audience', 'account')).toBe(start.name);
  });

  it('words every trigger on the card as the picker does, with the source after a colon', () => {
    expect(summarizeNode(entry('segment', 'Churn risk'), () => undefined)).toBe(
      'Segment: Churn risk',
    );
    expect(summarizeNode(entry('event'), () => undefined)).toBe(entryTriggerLabel('event'));
    expect(summarizeNode(entry('date'), () => undefined)).toBe('Date');
  });

  it('calls the audience trigger of a people journey "Audience", and its Entry "Journey entry"', () => {
    expect(entryTriggerLabel('audience', 'people')).toBe('Audience');
    expect(starterNodes('people')[0].name).toBe(defaultEntryName('segment'));
    expect(defaultEntryName('segment')).toBe('Journey entry');
  });

  it('names a people journey’s audience Entry as its trigger picker words it', () => {
    expect(defaultEntryName('audience', 'people')).toBe(entryTriggerLabel('audience', 'people'));
    expect(defaultEntryName('audience', 'people')).not.toContain('Account');
    expect(defaultEntryName('audience', 'account')).toBe('Account audience');
    for (const n of starterNodes('people')) expect(n.name).not.toContain('Account');
  });

  it('words a people journey’s audience Entry card as its trigger picker does, never "Account audience"', () => {
    const card = summarizeNode(
      entry('audience', 'Display – evaluation stage'),
      () => undefined,
      'people',
    );
    expect(card).toBe(`${entryTriggerLabel('audience', 'people')}: Display – evaluation stage`);
    expect(card).not.toContain('Account');
    expect(summarizeNode(entry('audience'), () => undefined, 'account')).toBe('Account audience');
  });
});
