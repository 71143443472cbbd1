import { describe, expect, it } from 'vitest';
import { inProblemOrder, type Problem } from '../../../shared/validation';
import { problemOrderJourney as journey, validate } from './fixtures';

const where = (problems: Problem[]) => problems.map((p) => `${p.severity} ${p.nodeId ?? '-'}`);

describe('inProblemOrder', () => {
  it('lists errors before warnings, each in flow order', () => {
    const j = journey();
    const found = validate(j);
    // The rules find the split's warning before the actions' errors (the case testers saw).
    expect(where(found)).toEqual(['warning s', 'error second', 'error first']);
    expect(where(inProblemOrder(found, j))).toEqual(['error first', 'error second', 'warning s']);
  });

  it("puts the journey's own problems before steps, and steps it no longer has last", () => {
    const j = journey();
    const p = (severity: Problem['severity'], nodeId?: string): Problem => ({
      severity,
      code: 'x',
      message: 'm',
      ...(nodeId ? { nodeId } : {}),
    });
    const listed = [p('warning', 's'), p('error', 'gone'), p('error', 'first'), p('error')];
    expect(where(inProblemOrder(listed, j))).toEqual([
      'error -',
      'error first',
      'error gone',
      'warning s',
    ]);
  });
});
