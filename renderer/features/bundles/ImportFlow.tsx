import { useState } from 'react';
import type { BundlePreview, ImportPolicy, ImportSummary } from '../../../shared/bundle';
import { messageOf } from './bundle-files';
import { ImportSummaryView } from './ImportSummaryView';
import { PolicyChoice } from './PolicyChoice';
import { PreviewTable } from './PreviewTable';

interface ImportFlowProps {
  preview: BundlePreview;
  /** The button's name: "Import" for a bundle, "Pull" for a remote. */
  verb: string;
  apply: (policy: ImportPolicy) => Promise<ImportSummary>;
  onDone?: (summary: ImportSummary) => void;
}

/** The preview, the conflict policy and the button that applies it; then what happened. */
export function ImportFlow({ preview, verb, apply, onDone }: ImportFlowProps) {
  const [policy, setPolicy] = useState<ImportPolicy>('skip');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const needsPolicy =
    preview.counts.conflicting > 0 ||
    [...preview.actions, ...preview.scenarios, ...preview.references].some(
      (i) => i.state === 'conflicting',
    );
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const done = await apply(policy);
      setSummary(done);
      onDone?.(done);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="import-flow">
      <PreviewTable preview={preview} />
      {summary ? (
        <ImportSummaryView summary={summary} title={verb === 'Pull' ? 'Pulled' : 'Imported'} />
      ) : (
        <>
          {needsPolicy && <PolicyChoice value={policy} onChange={setPolicy} />}
          <div className="bundle-actions">
            <button type="button" className="primary" disabled={busy} onClick={() => void run()}>
              {verb}
            </button>
            <span className="muted">All or nothing: if any part fails, nothing changes.</span>
          </div>
        </>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
