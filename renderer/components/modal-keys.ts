/**
 * Keyboard rules every modal dialog keeps. A native <dialog> opened with showModal() makes the page
 * behind it inert, but Chromium still lets Tab leave the last control for the document body, and
 * from there Escape no longer reaches the dialog: so Tab and Shift+Tab cycle inside the dialog, and
 * Escape closes it wherever focus is while it is the topmost open dialog.
 */
import { oneStopPerRadioGroup } from './radio-tab-stop';

const TABBABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/**
 * Whether `el` is drawn and so can take focus. Controls inside a closed <details> keep their boxes
 * (getClientRects) but are not rendered, and focus() on them does nothing: a Tab order that counted
 * them got stuck before them.
 */
export function isDrawn(el: HTMLElement): boolean {
  if (el.getClientRects().length === 0) return false;
  return typeof el.checkVisibility !== 'function' || el.checkVisibility();
}

/** The controls Tab can reach inside `root`, in Tab order (one per radio group). */
export function tabbables(root: HTMLElement): HTMLElement[] {
  return oneStopPerRadioGroup(
    [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
      (el) => isDrawn(el) && !el.closest('[inert]') && el.tabIndex >= 0,
    ),
  );
}

/** The topmost open modal dialog on the page (the last one opened is the last in the top layer). */
function topDialog(): HTMLDialogElement | null {
  const open = [...document.querySelectorAll<HTMLDialogElement>('dialog[open]')].filter((d) =>
    d.matches(':modal'),
  );
  return open.at(-1) ?? null;
}

/**
 * Installs the Tab cycle and the Escape rule for `dialog`; returns the function that removes them.
 * Listens on the document so focus that already left the dialog (the body) is brought back.
 */
export function trapModalKeys(dialog: HTMLDialogElement, onEscape: () => void): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (topDialog() !== dialog || event.defaultPrevented) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      onEscape();
      return;
    }
    if (event.key !== 'Tab') return;
    const stops = tabbables(dialog);
    if (stops.length === 0) return;
    const active = document.activeElement;
    const inside = active instanceof HTMLElement && dialog.contains(active);
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (!inside) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    } else if (
      !event.shiftKey &&
      (active === last || (!stops.includes(active) && isAfter(active, last)))
    ) {
      event.preventDefault();
      first.focus();
    } else if (
      event.shiftKey &&
      (active === first || (!stops.includes(active) && isAfter(first, active)))
    ) {
      event.preventDefault();
      last.focus();
    }
  };
  document.addEventListener('keydown', onKeyDown);
  return () => document.removeEventListener('keydown', onKeyDown);
}

/** True when `a` comes after `b` in document order. */
function isAfter(a: Element, b: Element): boolean {
  return (b.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}
