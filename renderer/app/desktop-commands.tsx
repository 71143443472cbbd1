import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/contract/app';
import { api } from '../api/client';
import { useAppEvent } from '../api/app-events';
import { Modal } from '../components/Modal';
import { SHORTCUTS } from '../features/editor/shortcuts';
import { CreateJourneyDialog } from '../features/library/CreateJourneyDialog';
import {
  DESKTOP_DOM_EVENTS,
  effectOfCommand,
  isTextEditable,
  useBundleRequests,
  type CommandEffect,
  type DesktopDialog,
} from './desktop-requests';
import { navigate } from './router';

const mod = () => (window.journeyStudio?.platform === 'darwin' ? 'Cmd' : 'Ctrl');

/** The application menu's accelerators, as Help > Keyboard shortcuts lists them. */
function menuShortcuts(): { keys: string; what: string }[] {
  const m = mod();
  return [
    { keys: `${m}+N`, what: 'New journey' },
    { keys: `${m}+O`, what: 'Open bundle' },
    { keys: `${m}+I / ${m}+E`, what: 'Import / export a bundle' },
    { keys: `${m}+1 … ${m}+5`, what: 'Journeys, Actions, Bundles, Remotes, Settings' },
    { keys: `${m}+/`, what: 'Show keyboard shortcuts' },
  ];
}

function apply(effect: CommandEffect, openDialog: (dialog: DesktopDialog) => void): void {
  switch (effect.kind) {
    case 'navigate':
      return navigate(effect.route);
    case 'dialog':
      return openDialog(effect.dialog);
    case 'history':
      // A text field keeps its own undo; everything else is the canvas history, which the editor owns.
      if (effect.target === 'text') document.execCommand(effect.direction);
      else window.dispatchEvent(new CustomEvent(DESKTOP_DOM_EVENTS[effect.direction]));
      return;
    case 'bundle': {
      const request = useBundleRequests.getState().push(effect.request);
      navigate({ page: 'bundles' });
      window.dispatchEvent(new CustomEvent(DESKTOP_DOM_EVENTS.bundle, { detail: request }));
    }
  }
}

function ShortcutTable({ rows }: { rows: { keys: string; what: string }[] }) {
  return (
    <table className="shortcuts">
      <tbody>
        {rows.map((row) => (
          <tr key={row.keys}>
            <th scope="row">
              <kbd>{row.keys}</kbd>
            </th>
            <td>{row.what}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const canvas = SHORTCUTS.map((row) => ({ ...row, keys: row.keys.replaceAll('Ctrl', mod()) }));
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose}>
      <h3>Application</h3>
      <ShortcutTable rows={menuShortcuts()} />
      <h3>Journey canvas</h3>
      <ShortcutTable rows={canvas} />
      <div className="actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </Modal>
  );
}

function AboutDialog({ onClose }: { onClose: () => void }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    api.call('app.info', {}).then(setInfo, () => setInfo(null));
  }, []);
  return (
    <Modal title="About Journey Studio" onClose={onClose}>
      <p>An offline designer and simulator for customer and account journeys.</p>
      {info && (
        <dl>
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Data directory</dt>
          <dd>
            <code>{info.dataDir}</code>
          </dd>
        </dl>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </Modal>
  );
}

/** Carries out the desktop menu's commands and the OS's open-file requests; renders nothing in browser mode. */
export function DesktopCommands() {
  const [dialog, setDialog] = useState<DesktopDialog | null>(null);
  useAppEvent('menu.command', (event) =>
    apply(
      effectOfCommand(event, isTextEditable(document.activeElement as HTMLInputElement | null)),
      setDialog,
    ),
  );
  useAppEvent('app.openFile', ({ path }) =>
    apply({ kind: 'bundle', request: { action: 'open', path, source: 'os' } }, setDialog),
  );
  const close = () => setDialog(null);
  if (dialog === 'createJourney') return <CreateJourneyDialog onClose={close} />;
  if (dialog === 'shortcuts') return <ShortcutsDialog onClose={close} />;
  if (dialog === 'about') return <AboutDialog onClose={close} />;
  return null;
}
