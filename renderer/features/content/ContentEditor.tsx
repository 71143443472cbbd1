import './content.css';
import { useId, useRef } from 'react';
import type { ContentAsset, Workspace } from '../../../shared/model';
import { contentFromIssue } from '../../../shared/validation';
import { LivePreview } from './LivePreview';
import { PersonalizationMenu } from './PersonalizationMenu';
import { useAssetDrafts, type AssetField } from './use-asset-drafts';

interface Props {
  asset: ContentAsset;
  workspace: Workspace;
  readOnly: boolean;
  onChange: (asset: ContentAsset, field: AssetField) => void;
}

const LABELS: Record<AssetField, string> = {
  name: 'Name',
  subject: 'Subject',
  from: 'From',
  body: 'Body',
};

/** Email or SMS authoring: subject, from and body with Liquid personalization, beside a live preview. */
export function ContentEditor({ asset, workspace, readOnly, onChange }: Props) {
  const base = useId();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const { valueOf, errorOf, change } = useAssetDrafts(asset, onChange);
  const fields: AssetField[] =
    asset.kind === 'email' ? ['name', 'subject', 'from', 'body'] : ['name', 'body'];

  const insert = (tag: string) => {
    const el = bodyRef.current;
    const text = valueOf('body');
    const [start, end] = el ? [el.selectionStart, el.selectionEnd] : [text.length, text.length];
    change('body', text.slice(0, start) + tag + text.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + tag.length, start + tag.length);
    });
  };

  return (
    <div className="content-editor">
      <div className="form content-fields">
        {fields.map((field) => {
          const id = `${base}-${field}`;
          // From is saved even when not an address (it is a Publish error, as in the Problems list).
          const error =
            errorOf(field) ??
            (field === 'from' ? contentFromIssue({ ...asset, from: valueOf('from') }) : undefined);
          const label = field === 'body' && asset.kind === 'sms' ? 'Message' : LABELS[field];
          const common = {
            id,
            value: valueOf(field),
            readOnly,
            'aria-invalid': error ? true : undefined,
            'aria-describedby': error ? `${id}-error` : undefined,
          };
          return (
            <div className="field" key={field}>
              <label htmlFor={id}>{label}</label>
              {field === 'body' ? (
                <>
                  <PersonalizationMenu
                    workspace={workspace}
                    onInsert={insert}
                    disabled={readOnly}
                  />
                  <textarea
                    {...common}
                    ref={bodyRef}
                    rows={asset.kind === 'email' ? 12 : 5}
                    spellCheck={false}
                    onChange={(e) => change(field, e.target.value)}
                  />
                </>
              ) : (
                <input
                  {...common}
                  type={field === 'from' ? 'email' : 'text'}
                  onChange={(e) => change(field, e.target.value)}
                />
              )}
              {error && (
                <p id={`${id}-error`} role="alert" className="field-error">
                  {error}
                </p>
              )}
            </div>
          );
        })}
        <p className="muted help">
          Use Liquid for personalization, e.g. <code>{'{{ person.firstName }}'}</code>,{' '}
          <code>{'{{ account.name }}'}</code> or a Data Key{' '}
          <code>{'{{ journey.my_action.body }}'}</code>.
        </p>
      </div>
      <LivePreview asset={asset} workspace={workspace} />
    </div>
  );
}
