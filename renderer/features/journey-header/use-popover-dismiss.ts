import { useEffect, type RefObject } from 'react';

/**
 * Closes an open header popover (Versions, History) the way a disclosure should (issue #19: they
 * stayed open over the map while one kept working): Escape inside it or on its toggle closes it
 * and puts focus back on the toggle; a press outside both closes it and leaves focus alone.
 * A modal dialog opened from the popover (a backup's restore) keeps its own Escape and clicks.
 */
export function usePopoverDismiss(
  open: boolean,
  popover: RefObject<HTMLElement | null>,
  toggle: RefObject<HTMLElement | null>,
  onClose: () => void,
): void {
  useEffect(() => {
    if (!open) return;
    const within = (target: EventTarget | null) =>
      target instanceof Node &&
      (popover.current?.contains(target) || toggle.current?.contains(target));
    const inDialog = (target: EventTarget | null) =>
      target instanceof Element && target.closest('dialog[open]') !== null;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (!within(event.target) || inDialog(event.target)) return;
      event.preventDefault();
      onClose();
      toggle.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!within(event.target) && !inDialog(event.target)) onClose();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open, popover, toggle, onClose]);
}
