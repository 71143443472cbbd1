import { useId, useMemo, useState } from 'react';
import type { ActionView, ModuleDescriptor, ModuleId } from '../../../shared/custom-actions';
import { api, ClientError } from '../../api/client';
import { Modal } from '../../components/Modal';
import { schemaFields } from './json-schema-fields';
import { SchemaForm } from './SchemaForm';

interface Props {
  modules: readonly ModuleDescriptor[];
  /** Edit this Action; create a new one when absent. */
  action?: ActionView;
  onClose: () => void;
  onSaved: (action: ActionView) => void;
}

/** Create Action (Name, Type, Configuration generated from the module's config schema), or edit one. */
export function ActionDialog({ modules, action, onClose, onSaved }: Props) {
  const base = useId();
  const [name, setName] = useState(action?.name ?? '');
  const [moduleId, setModuleId] = useState<ModuleId | ''>(action?.module ?? '');
  const [config, setConfig] = useState<Record<string, unknown>>(action?.config ?? {});
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [busy, setBusy] = useState(false);
  const module = modules.find((m) => m.id === moduleId);
  const fields = useMemo(() => schemaFields(module?.config), [module]);

  const submit = async () => {
    if (!name.trim()) return setErrors({ name: 'Name is required' });
    if (!module) return setErrors({ module: 'Choose a type' });
    setBusy(true);
    try {
      const saved = action
        ? await api.call('actions.update', { id: action.id, name, config })
        : await api.call('actions.create', { name, module: module.id, config });
      onSaved(saved);
    } catch (e) {
      const field = e instanceof ClientError ? e.field : undefined;
      const message = e instanceof Error ? e.message.replace(/^config\.\w+: /, '') : String(e);
      setErrors(
        field?.startsWith('config.')
          ? { [field.slice(7).split('.')[0]]: message }
          : { [field ?? 'form']: message },
      );
    } finally {
      setBusy(false);
    }
  };

  const { name: nameError, module: moduleError, form: formError, ...configErrors } = errors;
  return (
    <Modal title={action ? 'Edit Action' : 'Create Action'} onClose={onClose}>
      <form
        className="form action-form custom-action-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor={`${base}-name`}>Name</label>
          <input
            id={`${base}-name`}
            value={name}
            maxLength={100}
            autoFocus
            aria-invalid={nameError ? true : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          {nameError && (
            <p role="alert" className="field-error">
              {nameError}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${base}-type`}>Type</label>
          <select
            id={`${base}-type`}
            value={moduleId}
            disabled={action !== undefined}
            onChange={(e) => {
              setModuleId(e.target.value as ModuleId);
              setConfig({});
              setErrors({});
            }}
          >
            <option value="">Choose a type…</option>
            {modules.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
          {module && <span className="muted help small">{module.description}</span>}
          {moduleError && (
            <p role="alert" className="field-error">
              {moduleError}
            </p>
          )}
        </div>
        {module && (
          <fieldset className="config-fields">
            <legend>Configuration</legend>
            <SchemaForm
              fields={fields}
              values={config}
              secrets={action?.secrets}
              errors={configErrors}
              onChange={(k, v) => setConfig((c) => ({ ...c, [k]: v }))}
            />
          </fieldset>
        )}
        {formError && (
          <p role="alert" className="field-error">
            {formError}
          </p>
        )}
        <div className="actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {action ? 'Save' : 'Create'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
