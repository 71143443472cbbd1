import { useEffect } from 'react';

const CLASS = 'tour-spot';

/** Outlines the element matching `selector` while the step shows (waits for it to appear). */
export function useSpotlight(selector: string | null): void {
  useEffect(() => {
    if (!selector) return;
    let el: Element | null = null;
    let tries = 0;
    const find = () => {
      el = document.querySelector(selector);
      if (el) {
        el.classList.add(CLASS);
        el.scrollIntoView({ block: 'nearest' });
      } else if (tries++ < 50) timer = window.setTimeout(find, 100);
    };
    let timer = window.setTimeout(find, 0);
    return () => {
      window.clearTimeout(timer);
      el?.classList.remove(CLASS);
    };
  }, [selector]);
}
