import { describe, expect, it } from 'vitest';
import { getAction, missingOption, type ParamField } from '../../../shared/catalog';

const fieldOf = (actionId: string, name: string): ParamField => {
  const field = getAction(actionId)?.fields.find((f) => f.name === name);
  if (!field) throw new Error(`no field ${actionId}.${name}`);
  return field;
};

describe('a saved value no option has', () => {
  it('a deleted account list is "A list not in this workspace", never its id (issue 19)', () => {
    const shown = missingOption(fieldOf('add-to-account-list', 'listId'), 'list-1');
    expect(shown).toEqual({
      label: 'A list not in this workspace',
      message: 'Account list is not in this workspace (it was deleted or renamed)',
    });
  });

  it('a tag, which is its own name, is shown by that name', () => {
    const shown = missingOption(fieldOf('add-tag', 'tag'), 'VIP');
    expect(shown.label).toBe('VIP — not in this workspace');
    expect(shown.message).toMatch(/"VIP" is not in this workspace$/);
  });
});
