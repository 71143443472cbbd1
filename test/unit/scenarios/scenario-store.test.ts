import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  copyScenarios,
  deleteScenario,
  getScenario,
  listScenarios,
  saveScenario,
} from '../../../electron/core/scenarios';
import {
  SavedScenario,
  compareExpected,
  expectedFrom,
  type SavedScenarioInput,
} from '../../../shared/simulation';
import { simulate } from '../../../electron/core/simulator';
import { chain, entry, exit, journey, synthScenario, wait } from '../simulator/build';

const dir = () => mkdtempSync(join(tmpdir(), 'scenarios-'));
const scenario = (name: string, over: Partial<SavedScenarioInput> = {}) =>
  SavedScenario.parse({ ...synthScenario(10), name, ...over });

describe('scenario store', () => {
  it('saves, replaces by name, lists and deletes', async () => {
    const d = dir();
    expect(await listScenarios(d, 'j1')).toEqual([]);
    await saveScenario(d, 'j1', scenario('Base'));
    await saveScenario(d, 'j1', scenario('Busy', { seed: 2 }));
    await saveScenario(d, 'j1', scenario('base', { seed: 9 }));
    const all = await listScenarios(d, 'j1');
    expect(all.map((s) => [s.name, s.seed])).toEqual([
      ['base', 9],
      ['Busy', 2],
    ]);
    const file = JSON.parse(readFileSync(join(d, 'scenarios', 'j1.json'), 'utf8')) as {
      schemaVersion: number;
    };
    expect(file.schemaVersion).toBe(1);
    expect((await getScenario(d, 'j1', 'BUSY')).seed).toBe(2);
    await deleteScenario(d, 'j1', 'Busy');
    expect((await listScenarios(d, 'j1')).map((s) => s.name)).toEqual(['base']);
    await expect(deleteScenario(d, 'j1', 'nope')).rejects.toMatchObject({ code: 'not_found' });
  });

  // Concurrent saves are serialized by the core's write queue: test/unit/core/write-path.test.ts.

  it('copies scenarios to a new version', async () => {
    const d = dir();
    expect(await copyScenarios(d, 'old', 'new')).toBe(0);
    await saveScenario(d, 'old', scenario('Base'));
    expect(await copyScenarios(d, 'old', 'new')).toBe(1);
    expect((await listScenarios(d, 'new')).map((s) => s.name)).toEqual(['Base']);
  });

  it('refuses path-like ids and reports a corrupt file', async () => {
    const d = dir();
    await expect(listScenarios(d, '../x')).rejects.toMatchObject({ code: 'invalid_input' });
    mkdirSync(join(d, 'scenarios'));
    writeFileSync(join(d, 'scenarios', 'bad.json'), '{"schemaVersion":2}');
    await expect(listScenarios(d, 'bad')).rejects.toThrow(/schema/);
  });
});

describe('expected figures', () => {
  it('match the run they came from and list each difference', () => {
    const j = journey([entry(), wait('w', 40), exit()], chain('entry', 'w', 'exit'));
    const r = simulate(j, synthScenario(10));
    const expected = expectedFrom(r);
    expect(compareExpected(expected, r)).toEqual([]);
    expected.w = { ...expected.w, waiting: 3 };
    expected.gone = { entered: 1, completed: 0, skipped: 0, waiting: 0 };
    expect(compareExpected(expected, r)).toEqual([
      { nodeId: 'w', figure: 'waiting', expected: 3, actual: 10 },
      { nodeId: 'gone', figure: 'entered', expected: 1, actual: null },
      { nodeId: 'gone', figure: 'completed', expected: 0, actual: null },
      { nodeId: 'gone', figure: 'skipped', expected: 0, actual: null },
      { nodeId: 'gone', figure: 'waiting', expected: 0, actual: null },
    ]);
  });
});
