import { useState, type FormEvent } from 'react';
import type { HubScope, HubToken } from '../../../shared/contract/hub-api';
import { api } from '../../api/client';
import { formatDateTime } from '../../components/format';
import { messageOf } from '../bundles/bundle-files';

const SCOPES: HubScope[] = ['read', 'push', 'admin'];

const stateOf = (t: HubToken) =>
  t.revokedAt
    ? 'Revoked'
    : t.expiresAt && new Date(t.expiresAt) <= new Date()
      ? 'Expired'
      : 'Active';

/** The hub's API tokens (never their values), a form to create one (shown once) and Revoke per row. */
export function HubTokens({
  remote,
  tokens,
  onChanged,
}: {
  remote: string;
  tokens: HubToken[];
  onChanged: () => void;
}) {
  const [label, setLabel] = useState('');
  const [scopes, setScopes] = useState<HubScope[]>(['read', 'push']);
  const [days, setDays] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setCreated(null);
    try {
      const answer = await api.call('hub.createToken', {
        name: remote,
        label: label.trim(),
        scopes,
        expiresInDays: days.trim() ? Number(days) : null,
      });
      setCreated(answer.token);
      setLabel('');
      setDays('');
      onChanged();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  const revoke = async (t: HubToken) => {
    if (!window.confirm(`Revoke the token "${t.label}"? Whoever holds it loses access at once.`))
      return;
    setError(null);
    try {
      await api.call('hub.revokeToken', { name: remote, id: t.id });
      onChanged();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  const toggle = (scope: HubScope) =>
    setScopes((was) => (was.includes(scope) ? was.filter((s) => s !== scope) : [...was, scope]));
  return (
    <section aria-labelledby="hub-tokens-title" className="hub-section">
      <h2 id="hub-tokens-title">API tokens</h2>
      <form
        className="form remote-form"
        aria-label="Create hub token"
        onSubmit={(e) => void create(e)}
      >
        <div className="remote-form-row">
          <label>
            Label
            <input
              value={label}
              onChange={(e) => setLabel(e.target.value)}
              placeholder="marketing laptop"
              required
            />
          </label>
          <fieldset className="hub-scopes">
            <legend>Scopes</legend>
            {SCOPES.map((scope) => (
              <label key={scope} className="check">
                <input
                  type="checkbox"
                  checked={scopes.includes(scope)}
                  onChange={() => toggle(scope)}
                />
                {scope}
              </label>
            ))}
          </fieldset>
          <label>
            Expires in (days)
            <input
              type="number"
              min={1}
              max={3650}
              value={days}
              onChange={(e) => setDays(e.target.value)}
              placeholder="never"
            />
          </label>
          <button type="submit" className="primary">
            Create token
          </button>
        </div>
        {created && (
          <p role="status" className="remote-ok">
            New token (copy it now; it is not shown again):{' '}
            <code aria-label="New token value">{created}</code>
          </p>
        )}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </form>
      <table className="table compact" aria-label="Hub tokens">
        <thead>
          <tr>
            <th scope="col">Label</th>
            <th scope="col">Scopes</th>
            <th scope="col">Created</th>
            <th scope="col">Expires</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id}>
              <td>{t.label}</td>
              <td>{t.scopes.join(', ')}</td>
              <td className="nowrap">{formatDateTime(t.createdAt)}</td>
              <td className="nowrap">{t.expiresAt ? formatDateTime(t.expiresAt) : 'Never'}</td>
              <td className="nowrap">{formatDateTime(t.lastUsedAt)}</td>
              <td>{stateOf(t)}</td>
              <td>
                {!t.revokedAt && (
                  <button
                    type="button"
                    className="danger-outline"
                    onClick={() => void revoke(t)}
                    aria-label={`Revoke ${t.label}`}
                  >
                    Revoke
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
