import { useId, useState } from 'react';
import type { TestResult } from '../../../shared/custom-actions';
import type { Workspace } from '../../../shared/model';
import { api } from '../../api/client';
import { sampleProfile } from '../content/sample-profile';
import { SampleProfileSelect } from './SampleProfileSelect';
import { TestResultView } from './TestResultView';
import { useTestedResults } from './tested-results-store';

interface Props {
  actionId: string;
  fn: string;
  input: Record<string, string>;
  workspace: Workspace;
  /** The step's Data Key: a passing test's response becomes the Gate Preview's sample for it. */
  dataKey: string;
}

/** The function Test of an Action step: executes it for real with a chosen sample profile. */
export function FunctionTest({ actionId, fn, input, workspace, dataKey }: Props) {
  const id = useId();
  const [index, setIndex] = useState(0);
  const [result, setResult] = useState<TestResult | null>(null);
  const [running, setRunning] = useState(false);
  const remember = useTestedResults((s) => s.record);

  const run = async () => {
    setRunning(true);
    setResult(null);
    try {
      const outcome = await api.call('actions.testFunction', {
        actionId,
        function: fn,
        input,
        sampleProfile: sampleProfile(workspace, index),
      });
      setResult(outcome);
      if (outcome.ok && dataKey && outcome.response !== undefined)
        remember(dataKey, outcome.response);
    } catch (e) {
      setResult({ ok: false, message: e instanceof Error ? e.message : String(e), durationMs: 0 });
    } finally {
      setRunning(false);
    }
  };

  return (
    <section className="function-test" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>Test</h4>
      <p className="muted small">
        Runs the function for real against the Action’s endpoint; use test or staging URLs.
      </p>
      <div className="test-row">
        <label htmlFor={`${id}-profile`} className="inline">
          Sample profile
        </label>
        <SampleProfileSelect
          id={`${id}-profile`}
          workspace={workspace}
          value={index}
          onChange={setIndex}
        />
        <button type="button" onClick={() => void run()} disabled={running}>
          {running ? 'Testing…' : 'Test'}
        </button>
      </div>
      {result && <TestResultView result={result} label="Function test result" />}
    </section>
  );
}
