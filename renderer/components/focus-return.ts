import { useEffect } from 'react';

/**
 * Where keyboard focus goes when the element holding it disappears (a dialog's opener removed by
 * the action it confirmed, a menu item, a page left behind): the screen's home. Pages mark it with
 * `data-focus-home` (the editor's journey name, the library's heading); any other screen falls
 * back to its first heading. One rule for every dialog, menu and navigation instead of one fix each.
 */
export const FOCUS_HOME = '[data-focus-home]';
const HEADING = 'main h1';

/** How many frames a lost focus waits for its screen's home to appear (a page still loading). */
const MAX_WAIT_FRAMES = 600;

/** The element focus should land on when it has nowhere better to go, if drawn yet. */
export function focusHome(): HTMLElement | null {
  const visible = (el: HTMLElement) => el.getClientRects().length > 0 && !el.closest('[inert]');
  const marked = [...document.querySelectorAll<HTMLElement>(FOCUS_HOME)].find(visible);
  if (marked) return marked;
  const heading = document.querySelector<HTMLElement>(HEADING);
  return heading && visible(heading) ? heading : null;
}

/** Focuses `el`, making a heading focusable by script (tabindex -1) when it is not already. */
export function focusElement(el: HTMLElement): boolean {
  if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus();
  return document.activeElement === el;
}

/** Returns focus to `opener` if it is still on the page, else to the screen's home. */
export function returnFocus(opener: HTMLElement | null): void {
  if (opener?.isConnected && opener.getClientRects().length > 0) {
    opener.focus();
    if (document.activeElement === opener) return;
  }
  rescueFocus();
}

let shownFrame = 0;
/** A focusWhenShown is waiting for its element: the rescue leaves focus to it. */
let shownPending = false;

/**
 * Moves focus to what `find` returns as soon as it is drawn (a panel that loads lazily, a message
 * shown after a save), at once when it already is. A pointer press in between cancels it.
 */
export function focusWhenShown(find: () => HTMLElement | null): void {
  cancelAnimationFrame(shownFrame);
  let frames = 0;
  const attempt = () => {
    const el = find();
    shownPending = false;
    if (el && el.getClientRects().length > 0 && focusElement(el)) return;
    if (frames++ < MAX_WAIT_FRAMES) {
      shownPending = true;
      shownFrame = requestAnimationFrame(attempt);
    } else rescueFocus();
  };
  attempt();
}

const lost = () => document.activeElement === null || document.activeElement === document.body;
let rescueFrame = 0;

/** While focus is on the page body, moves it to the screen's home as soon as there is one. */
function rescueFocus(): void {
  cancelAnimationFrame(rescueFrame);
  let frames = 0;
  const attempt = () => {
    if (!lost() || shownPending) return;
    const home = focusHome();
    if (home && focusElement(home)) return;
    if (frames++ < MAX_WAIT_FRAMES) rescueFrame = requestAnimationFrame(attempt);
  };
  attempt();
}

/**
 * Watches for focus lost with its element (removed from the page, or disabled under it: a Save that
 * is done, a Run that is running; not a click on empty space, which leaves the last focused element
 * in place) and rescues it. Mounted once by the app shell.
 */
export function useFocusRescue(): void {
  useEffect(() => {
    let last: Element | null = null;
    const onFocusIn = (e: FocusEvent) => {
      last = e.target instanceof Element ? e.target : null;
    };
    const onPointer = () => {
      // The user chose where to go: never move focus after that.
      cancelAnimationFrame(rescueFrame);
      cancelAnimationFrame(shownFrame);
      shownPending = false;
      last = null;
    };
    const observer = new MutationObserver(() => {
      const gone = last && (!last.isConnected || last.matches(':disabled'));
      if (gone && lost()) {
        last = null;
        rescueFocus();
      }
    });
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['disabled'],
    });
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      observer.disconnect();
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('pointerdown', onPointer, true);
      cancelAnimationFrame(rescueFrame);
      cancelAnimationFrame(shownFrame);
    };
  }, []);
}
