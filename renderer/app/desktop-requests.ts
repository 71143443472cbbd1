import { create } from 'zustand';
import type { EventPayload, MenuCommand } from '../../shared/contract/push-events';
import type { Route } from './router';

/**
 * DOM events the desktop shell dispatches on `window` for features that own the behaviour
 * (the canvas editor listens to undo/redo, the bundles screen to bundle requests).
 */
export const DESKTOP_DOM_EVENTS = {
  undo: 'journey-studio:undo',
  redo: 'journey-studio:redo',
  /** detail: BundleRequest */
  bundle: 'journey-studio:bundle-request',
} as const;

/** A file-level request for the bundles screen: open/import a bundle file or export to a chosen path. */
export interface BundleRequest {
  id: number;
  action: 'open' | 'import' | 'export';
  /** The file the user picked natively, or the file the OS asked to open; absent when there was no dialog. */
  path?: string;
  source: 'menu' | 'os';
}

export type DesktopDialog = 'createJourney' | 'shortcuts' | 'about';

/** What one menu command asks of the renderer. */
export type CommandEffect =
  | { kind: 'navigate'; route: Route }
  | { kind: 'dialog'; dialog: DesktopDialog }
  | { kind: 'history'; direction: 'undo' | 'redo'; target: 'text' | 'canvas' }
  | { kind: 'bundle'; request: Omit<BundleRequest, 'id'> };

const PAGES: Partial<Record<MenuCommand, Route>> = {
  showJourneys: { page: 'journeys' },
  showActions: { page: 'actions' },
  showBundles: { page: 'bundles' },
  showRemotes: { page: 'remotes' },
  showSettings: { page: 'settings' },
};

/** Maps a menu command to its effect; undo/redo go to the focused text field when one has focus, else to the canvas. */
export function effectOfCommand(
  event: EventPayload<'menu.command'>,
  textFocused: boolean,
): CommandEffect {
  const { command, path } = event;
  const withPath = path === undefined ? {} : { path };
  switch (command) {
    case 'newJourney':
      return { kind: 'dialog', dialog: 'createJourney' };
    case 'showShortcuts':
      return { kind: 'dialog', dialog: 'shortcuts' };
    case 'about':
      return { kind: 'dialog', dialog: 'about' };
    case 'undo':
    case 'redo':
      return { kind: 'history', direction: command, target: textFocused ? 'text' : 'canvas' };
    case 'openBundle':
      return { kind: 'bundle', request: { action: 'open', source: 'menu', ...withPath } };
    case 'import':
      return { kind: 'bundle', request: { action: 'import', source: 'menu', ...withPath } };
    case 'export':
      return { kind: 'bundle', request: { action: 'export', source: 'menu', ...withPath } };
    default:
      return { kind: 'navigate', route: PAGES[command] ?? { page: 'journeys' } };
  }
}

/** Whether an element keeps its own undo history (text inputs, text areas, contenteditable). */
export function isTextEditable(
  element: { tagName: string; isContentEditable?: boolean; type?: string } | null,
): boolean {
  if (!element) return false;
  if (element.isContentEditable) return true;
  if (element.tagName === 'TEXTAREA') return true;
  const textTypes = ['text', 'search', 'url', 'tel', 'email', 'password', 'number', ''];
  return element.tagName === 'INPUT' && textTypes.includes(element.type ?? '');
}

interface BundleRequests {
  /** The latest request not yet taken by the bundles screen (it mounts after the navigation that carries it). */
  pending: BundleRequest | null;
  push: (request: Omit<BundleRequest, 'id'>) => BundleRequest;
  /** Takes the pending request once; the bundles screen calls it on mount and on each DOM event. */
  take: () => BundleRequest | null;
}

let nextId = 1;

/** The hand-off from the desktop menu to the bundles screen, which may not be mounted yet when a request arrives. */
export const useBundleRequests = create<BundleRequests>((set, get) => ({
  pending: null,
  push: (request) => {
    const full = { ...request, id: nextId++ };
    set({ pending: full });
    return full;
  },
  take: () => {
    const { pending } = get();
    if (pending) set({ pending: null });
    return pending;
  },
}));
