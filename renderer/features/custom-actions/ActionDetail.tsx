import { useState, type ReactNode } from 'react';
import type { ActionView, ModuleDescriptor, TestResult } from '../../../shared/custom-actions';
import { api } from '../../api/client';
import { hrefOf } from '../../app/router';
import { formatConfigValue } from './format';
import { schemaFields } from './json-schema-fields';
import { TestResultView } from './TestResultView';

interface Props {
  action: ActionView;
  module: ModuleDescriptor | undefined;
  onBack: () => void;
  onEdit: () => void;
  onDeleted: () => void;
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="detail-row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** An Action's detail page: configuration (secrets masked), functions, journeys using it, Test, Edit, Delete. */
export function ActionDetail({ action, module, onBack, onEdit, onDeleted }: Props) {
  const [result, setResult] = useState<TestResult | null>(null);
  const [testing, setTesting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  const test = async () => {
    setTesting(true);
    setResult(null);
    try {
      setResult(await api.call('actions.test', { id: action.id }));
    } catch (e) {
      setResult({ ok: false, message: e instanceof Error ? e.message : String(e), durationMs: 0 });
    } finally {
      setTesting(false);
    }
  };

  const remove = async () => {
    if (!window.confirm(`Delete the Action "${action.name}"? Its stored secrets are deleted too.`))
      return;
    try {
      await api.call('actions.delete', { id: action.id });
      onDeleted();
    } catch (e) {
      setDeleteError(e instanceof Error ? e.message : String(e));
    }
  };

  const fields = schemaFields(module?.config);
  return (
    <section className="page action-detail" aria-labelledby="page-title">
      <p>
        <button type="button" className="link" onClick={onBack}>
          ← Actions
        </button>
      </p>
      <header className="page-header">
        <h1 id="page-title">{action.name}</h1>
        <button type="button" className="primary" onClick={() => void test()} disabled={testing}>
          {testing ? 'Testing…' : 'Test'}
        </button>
        <button type="button" onClick={onEdit}>
          Edit
        </button>
        <button type="button" className="danger" onClick={() => void remove()}>
          Delete
        </button>
      </header>
      {deleteError && (
        <p role="alert" className="error">
          {deleteError}
        </p>
      )}
      {result && <TestResultView result={result} label="Module test result" />}
      <dl className="detail-list">
        <Row term="Type">{action.moduleLabel}</Row>
        {fields.map((f) => (
          <Row key={f.name} term={f.label}>
            {f.kind === 'secret' ? (
              action.secrets[f.name]?.set ? (
                action.secrets[f.name].hint
              ) : (
                <span className="muted">not set</span>
              )
            ) : (
              formatConfigValue(action.config[f.name])
            )}
          </Row>
        ))}
        <Row term="Functions">
          {module?.functions.map((fn) => `${fn.name} — ${fn.label}`).join(', ') ??
            action.functions.join(', ')}
        </Row>
        <Row term="Used by">
          {action.usedBy.length === 0 ? (
            <span className="muted">No journey uses it yet.</span>
          ) : (
            <ul className="plain">
              {action.usedBy.map((j) => (
                <li key={j.id}>
                  <a href={hrefOf({ page: 'journey', id: j.id })}>{j.name}</a>
                </li>
              ))}
            </ul>
          )}
        </Row>
      </dl>
    </section>
  );
}
