import './custom-actions.css';
import { useId, useMemo, useState } from 'react';
import type { Journey, NodeOf, Workspace } from '../../../shared/model';
import { variablesAt } from '../../../shared/validation/variables';
import type { LiquidPreviewOutput } from '../../../shared/contract/actions';
import { api } from '../../api/client';
import { sampleProfile } from '../content/sample-profile';
import { SampleProfileSelect } from './SampleProfileSelect';
import { exampleResults } from './gate-preview-sample';
import { useTestedResults } from './tested-results-store';

interface Props {
  node: NodeOf<'gate'>;
  journey: Journey;
  workspace: Workspace;
}

/** Previews a Gate's Liquid condition against a sample profile (rendered in the core, strict, time-limited). */
export function GateConditionPreview({ node, journey, workspace }: Props) {
  const id = useId();
  const keys = useMemo(
    () => variablesAt(journey, workspace, node.id).journey,
    [journey, workspace, node.id],
  );
  const [index, setIndex] = useState(0);
  const tested = useTestedResults((s) => s.byDataKey);
  const [results, setResults] = useState(() => exampleResults(keys, tested));
  const [outcome, setOutcome] = useState<LiquidPreviewOutput | null>(null);

  const preview = async () => {
    let data: Record<string, unknown>;
    try {
      data = (results.trim() ? JSON.parse(results) : {}) as Record<string, unknown>;
    } catch {
      return setOutcome({ ok: false, message: 'Action results must be JSON' });
    }
    try {
      setOutcome(
        await api.call('liquid.preview', {
          template: node.settings.condition,
          mode: 'condition',
          sampleProfile: sampleProfile(workspace, index),
          journey: data,
        }),
      );
    } catch (e) {
      setOutcome({ ok: false, message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <section className="gate-preview" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>Preview</h4>
      <label htmlFor={`${id}-profile`}>Sample profile</label>
      <SampleProfileSelect
        id={`${id}-profile`}
        workspace={workspace}
        value={index}
        onChange={setIndex}
      />
      {keys.length > 0 && (
        <>
          <label htmlFor={`${id}-results`}>Action results (JSON, by Data Key)</label>
          <textarea
            id={`${id}-results`}
            rows={6}
            spellCheck={false}
            value={results}
            onChange={(e) => setResults(e.target.value)}
          />
        </>
      )}
      <button
        type="button"
        onClick={() => void preview()}
        disabled={node.settings.condition.trim() === ''}
      >
        Preview condition
      </button>
      {outcome && (
        <p role="status" className={outcome.ok ? 'verdict' : 'field-error'}>
          {outcome.ok ? `Takes the ${outcome.truthy ? 'true' : 'false'} path` : outcome.message}
        </p>
      )}
    </section>
  );
}
