import { describe, expect, it } from 'vitest';
import { demoActionPatternJourneys } from '../../../electron/core/demo/demo-action-patterns';
import { demoJourneys } from '../../../electron/core/demo/demo-journeys';
import { demoWorkspace } from '../../../electron/core/demo/demo-workspace';

describe('demo data', () => {
  it('names only events the demo workspace has, so every picker shows the value the journey uses', () => {
    const events = new Set(demoWorkspace('tester').events);
    const used: string[] = [];
    for (const journey of [...demoJourneys('tester'), ...demoActionPatternJourneys('tester')]) {
      for (const node of journey.nodes) {
        const settings = node.settings as Record<string, unknown>;
        if (node.type === 'entry' && settings.trigger === 'event')
          used.push(String(settings.source));
        if (typeof settings.eventName === 'string') used.push(settings.eventName);
      }
    }
    expect(used.length).toBeGreaterThan(3);
    expect(used.filter((name) => !events.has(name))).toEqual([]);
  });
});
