import { describe, expect, it } from 'vitest';
import { getAction } from '../../../shared/catalog';
import { actionChoiceLabel } from '../../../renderer/features/custom-actions/CustomActionStepFields';

describe('small wording fixes (issue #19)', () => {
  it('names the Action type once in the step’s Action list', () => {
    expect(actionChoiceLabel({ name: 'Customer API (mock)', moduleLabel: 'Mock' })).toBe(
      'Customer API (mock)',
    );
    expect(actionChoiceLabel({ name: 'Customer API', moduleLabel: 'Mock' })).toBe(
      'Customer API (Mock)',
    );
  });

  it('Send Sales Alert’s Solution interest says what the alert is about, not a buying group it changes', () => {
    const help = (id: string) =>
      getAction(id)?.fields.find((f) => f.name === 'solutionInterestId')?.help;
    expect(help('send-sales-alert')).toBe('The solution interest the alert is about.');
    expect(help('update-buying-group-status')).toBe(
      'The solution interest whose buying group this changes.',
    );
  });
});
