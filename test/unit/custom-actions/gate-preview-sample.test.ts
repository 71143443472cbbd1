import { describe, expect, it } from 'vitest';
import { exampleResults } from '../../../renderer/features/custom-actions/gate-preview-sample';

describe("the Gate Preview's sample results", () => {
  it('start from the last function Test of a Data Key, else an empty HTTP-shaped result', () => {
    const tested = { crm: { status: 200, headers: {}, body: { tier: 'gold' } } };
    expect(JSON.parse(exampleResults(['crm', 'score'], tested))).toEqual({
      crm: { status: 200, headers: {}, body: { tier: 'gold' } },
      score: { status: 200, headers: {}, body: {} },
    });
  });
  it('without a Test, every key gets the empty example', () =>
    expect(JSON.parse(exampleResults(['crm']))).toEqual({
      crm: { status: 200, headers: {}, body: {} },
    }));
});
