import { parseClipboard, type ClipboardPayload } from '../../../shared/graph';

const KEY = 'journey-studio.clipboard';

/**
 * The node clipboard. It lives in localStorage so a copy survives opening another journey (and
 * reaches other windows of the app); the system clipboard gets the same JSON when it allows.
 */
export function writeClipboard(payload: ClipboardPayload): void {
  const text = JSON.stringify(payload);
  localStorage.setItem(KEY, text);
  navigator.clipboard?.writeText(text).catch(() => {
    // Without permission the app clipboard still works; nothing to tell the user.
  });
}

/** The copied fragment, or null when nothing (valid) was copied. */
export function readClipboard(): ClipboardPayload | null {
  const text = localStorage.getItem(KEY);
  return text ? parseClipboard(text) : null;
}
