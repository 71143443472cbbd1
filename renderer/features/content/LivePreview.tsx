import { useMemo, useState } from 'react';
import type { ContentAsset, Workspace } from '../../../shared/model';
import { renderPreview, type PreviewResult } from './liquid-preview';
import { SAMPLE_COUNT, sampleProfile } from './sample-profile';
import { SmsCounter } from './SmsCounter';

function Rendered({ label, result }: { label: string; result: PreviewResult }) {
  if (!result.ok)
    return (
      <p role="alert" className="error">
        {label}: {result.message}
      </p>
    );
  return (
    <div className="preview-text">{result.text || <span className="muted">(empty)</span>}</div>
  );
}

/** The asset rendered with Liquid against a sample profile built from the workspace attributes. */
export function LivePreview({ asset, workspace }: { asset: ContentAsset; workspace: Workspace }) {
  const [sample, setSample] = useState(0);
  const profiles = useMemo(
    () => Array.from({ length: SAMPLE_COUNT }, (_, i) => sampleProfile(workspace, i)),
    [workspace],
  );
  const profile = profiles[sample];
  const subject = useMemo(() => renderPreview(asset.subject, profile), [asset.subject, profile]);
  const body = useMemo(() => renderPreview(asset.body, profile), [asset.body, profile]);
  const unknown = [
    ...new Set([...(subject.ok ? subject.unknown : []), ...(body.ok ? body.unknown : [])]),
  ];
  const who = (p: (typeof profiles)[number], i: number) =>
    [p.person.firstName, p.person.lastName].filter(Boolean).join(' ') || `Sample ${i + 1}`;

  return (
    <section className="preview" aria-label="Preview">
      <div className="preview-head">
        <h3>Preview</h3>
        <label className="inline">
          Sample profile
          <select value={sample} onChange={(e) => setSample(Number(e.target.value))}>
            {profiles.map((p, i) => (
              <option key={i} value={i}>
                {who(p, i)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {asset.kind === 'email' ? (
        <div className="preview-email">
          <p>
            <span className="muted">From:</span>{' '}
            {asset.from || <span className="muted">(not set)</span>}
          </p>
          <div className="preview-subject">
            <span className="muted">Subject:</span> <Rendered label="Subject" result={subject} />
          </div>
          <Rendered label="Body" result={body} />
        </div>
      ) : (
        <div className="preview-sms">
          <Rendered label="Message" result={body} />
          <SmsCounter text={body.ok ? body.text : asset.body} />
        </div>
      )}
      {unknown.length > 0 && (
        <p className="warning-text">
          Not in the sample profile: {unknown.map((u) => `{{ ${u} }}`).join(', ')}
        </p>
      )}
    </section>
  );
}
