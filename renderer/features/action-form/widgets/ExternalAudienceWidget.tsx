import { useState } from 'react';
import { CreateAudienceDialog } from './CreateAudienceDialog';
import { SelectAudienceDialog } from './SelectAudienceDialog';
import type { WidgetProps } from './widget-props';

type Mode = 'existing' | 'new';

/** Add to external customer audience: use an existing audience, or Create new (seed 000). */
export function ExternalAudienceWidget({ id, value, onChange, describedBy, env }: WidgetProps) {
  const audiences = env.workspace.externalAudiences;
  const current = typeof value === 'string' ? value : '';
  const selected = audiences.find((a) => a.id === current);
  const [mode, setMode] = useState<Mode>('existing');
  const [dialog, setDialog] = useState<Mode | null>(null);
  const [created, setCreated] = useState<string | null>(null);

  return (
    <div className="audience-widget" aria-describedby={describedBy}>
      <div className="radio-row">
        <label className="radio">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'existing'}
            disabled={env.readOnly}
            onChange={() => setMode('existing')}
          />
          Use existing
        </label>
        <label className="radio">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'new'}
            disabled={env.readOnly}
            onChange={() => setMode('new')}
          />
          Create new
        </label>
      </div>
      <p className="selected-value" id={id}>
        {selected ? (
          <>
            Selected: <strong>{selected.name}</strong>
          </>
        ) : current ? (
          <span className="error">Audience {current} no longer exists</span>
        ) : (
          <span className="muted">No audience selected</span>
        )}
      </p>
      {mode === 'existing' ? (
        <button type="button" disabled={env.readOnly} onClick={() => setDialog('existing')}>
          Select external customer audience
        </button>
      ) : (
        <button type="button" disabled={env.readOnly} onClick={() => setDialog('new')}>
          Create external customer audience
        </button>
      )}
      {created && (
        <p role="status" className="confirmation">
          Audience “{created}” created and selected.
        </p>
      )}
      {dialog === 'existing' && (
        <SelectAudienceDialog
          audiences={audiences}
          selected={current}
          onClose={() => setDialog(null)}
          onAdd={(audienceId) => {
            onChange(audienceId);
            setDialog(null);
          }}
        />
      )}
      {dialog === 'new' && (
        <CreateAudienceDialog
          onClose={() => setDialog(null)}
          onCreated={(audience) => {
            onChange(audience.id);
            setCreated(audience.name);
            setMode('existing');
            setDialog(null);
          }}
        />
      )}
    </div>
  );
}
