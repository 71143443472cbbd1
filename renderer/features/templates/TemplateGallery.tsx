import { useId } from 'react';
import type { TemplateMeta } from '../../../shared/templates/types';
import './templates.css';

/** null = a blank journey. */
export type StartFrom = TemplateMeta | null;

function Card({
  name,
  title,
  tag,
  text,
  checked,
  onPick,
  icon,
}: {
  name: string;
  title: string;
  tag: string;
  text: string;
  checked: boolean;
  onPick: () => void;
  icon: string;
}) {
  const descId = useId();
  return (
    <label className={`template-card${checked ? ' checked' : ''}`}>
      <input
        type="radio"
        name={name}
        checked={checked}
        onChange={onPick}
        aria-label={title}
        aria-describedby={descId}
      />
      <span className="template-icon" aria-hidden>
        {icon}
      </span>
      <span className="template-title">{title}</span>
      <span className="template-tag">{tag}</span>
      <span id={descId} className="template-text">
        {text}
      </span>
    </label>
  );
}

const ICONS: Record<string, string> = {
  'lead-nurturing': '✉',
  'customer-onboarding': '✓',
  'sales-handoff': '☎',
  'buying-group': '▦',
  'api-enrichment': '⚡',
};

/** "Start from": Blank or one of the templates, as radio cards with accessible names. */
export function TemplateGallery({
  templates,
  value,
  onChange,
  error,
}: {
  templates: TemplateMeta[];
  value: StartFrom;
  onChange: (v: StartFrom) => void;
  error: string | null;
}) {
  const name = useId();
  return (
    <fieldset className="template-gallery">
      <legend>Start from</legend>
      <div className="template-grid">
        <Card
          name={name}
          title="Blank journey"
          tag="Entry and Exit only"
          text="Draw your own journey from an Entry and an Exit."
          checked={value === null}
          onPick={() => onChange(null)}
          icon="+"
        />
        {templates.map((t) => (
          <Card
            key={t.id}
            name={name}
            title={t.title}
            tag={`${t.useCase} · ${t.audience === 'account' ? 'Account' : 'People'}`}
            text={t.description}
            checked={value?.id === t.id}
            onPick={() => onChange(t)}
            icon={ICONS[t.id] ?? '★'}
          />
        ))}
      </div>
      {error && <p className="error small">Templates are unavailable: {error}</p>}
      {value && (
        <p className="template-story small" aria-live="polite">
          <strong>Saved scenario “{value.scenarioName}”:</strong> {value.story}
        </p>
      )}
    </fieldset>
  );
}
