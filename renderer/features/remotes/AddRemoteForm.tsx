import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { messageOf } from '../bundles/bundle-files';

/** Add a remote: Name, URL and Token (kept in the secrets store; shown masked from then on). */
export function AddRemoteForm({ onAdded }: { onAdded: (name: string) => void }) {
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const added = await api.call('remotes.add', { name: name.trim(), url: url.trim(), token });
      setName('');
      setUrl('');
      setToken('');
      onAdded(added.name);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form remote-form" aria-label="Add remote" onSubmit={(e) => void submit(e)}>
      <div className="remote-form-row">
        <label>
          Name
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="staging"
            required
          />
        </label>
        <label>
          URL
          <input
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="http://127.0.0.1:4173"
            required
          />
        </label>
        <label>
          Token
          <input
            type="password"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            autoComplete="off"
            placeholder="jsr_…"
            required
          />
        </label>
        <button type="submit" className="primary" disabled={busy}>
          Add remote
        </button>
      </div>
      <p className="muted">
        Create a token on the remote instance with: journey-studio remote token create. It is kept
        encrypted here and never shown again.
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
