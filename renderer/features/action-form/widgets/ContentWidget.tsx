import { useState } from 'react';
import { ContentEditorDialog } from '../../content/ContentEditorDialog';
import { createAsset } from '../../content/content-edit';
import { SelectWidget } from './SelectWidget';
import type { WidgetProps } from './widget-props';

/** Send email / Send SMS content: choose an authored asset, create one, or edit the chosen one. */
export function ContentWidget(props: WidgetProps) {
  const { field, value, onChange, env } = props;
  const kind = field.options === 'content.sms' ? 'sms' : 'email';
  const noun = kind === 'sms' ? 'SMS' : 'email';
  const [editing, setEditing] = useState<string | null>(null);
  // The asset being edited is read from the journey, so the dialog shows every applied change.
  const asset = env.journey.content.find((a) => a.id === (editing ?? ''));
  const current = env.journey.content.find((a) => a.id === value);
  const canAuthor = env.onContentChange !== undefined && !env.readOnly;

  const create = () => {
    const fresh = createAsset(kind, env.journey.content);
    env.onContentChange?.(fresh);
    onChange(fresh.id);
    setEditing(fresh.id);
  };

  return (
    <div className="content-widget">
      <SelectWidget {...props} />
      <div className="button-row">
        <button type="button" disabled={!canAuthor} onClick={create}>
          Create {noun}
        </button>
        <button type="button" disabled={!current} onClick={() => current && setEditing(current.id)}>
          {env.readOnly ? 'View' : 'Edit'} {noun}
        </button>
      </div>
      {asset && (
        <ContentEditorDialog
          asset={asset}
          workspace={env.workspace}
          readOnly={!canAuthor}
          onChange={(next, changed) => env.onContentChange?.(next, changed)}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
