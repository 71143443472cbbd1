import { Fragment, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  danger?: boolean;
  /** A short line under the label saying what it does (read as the item's description). */
  note?: string;
  /** Draws a separator before this item: it begins a second group. */
  startsGroup?: boolean;
}

interface MenuButtonProps {
  /** The button's visible text ("More..." or "…"). */
  label: string;
  /** Accessible name when the visible text is not enough (e.g. "More actions for Welcome"). */
  ariaLabel?: string;
  items: MenuItem[];
  className?: string;
}

/** A menu button (WAI-ARIA pattern): arrows move, Home/End jump, Escape closes and returns focus. */
export function MenuButton({ label, ariaLabel, items, className }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();

  const focusItem = (index: number) => {
    const nodes = menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]');
    if (!nodes?.length) return;
    nodes[(index + nodes.length) % nodes.length].focus();
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    focusItem(0);
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const onMenuKey = (event: KeyboardEvent) => {
    const nodes = [
      ...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []),
    ];
    const current = nodes.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusItem(current + 1),
      ArrowUp: () => focusItem(current - 1),
      Home: () => focusItem(0),
      End: () => focusItem(nodes.length - 1),
      Escape: () => close(true),
      Tab: () => close(false),
    };
    const move = moves[event.key];
    if (!move) return;
    if (event.key !== 'Tab') event.preventDefault();
    move();
  };

  return (
    <div className={`menu-button ${className ?? ''}`}>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={ariaLabel}
        disabled={items.length === 0}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {label}
      </button>
      {open && (
        <ul
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={ariaLabel ?? label}
          className="menu"
          onKeyDown={onMenuKey}
        >
          {items.map((item, i) => (
            <Fragment key={item.label}>
              {item.startsGroup && i > 0 && <li role="separator" className="menu-separator" />}
              <li role="none">
                <button
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  className={item.danger ? 'danger-text' : undefined}
                  // Named by its label; the note is its description.
                  aria-label={item.note ? item.label : undefined}
                  aria-describedby={item.note ? `${menuId}-note-${i}` : undefined}
                  onClick={() => {
                    // Focus back on the menu's button first, so a dialog the item opens returns
                    // focus there (the item itself is gone once the menu closes).
                    close(true);
                    item.onSelect();
                  }}
                >
                  <span className="menu-label">{item.label}</span>
                  {item.note && (
                    <span id={`${menuId}-note-${i}`} className="menu-note">
                      {item.note}
                    </span>
                  )}
                </button>
              </li>
            </Fragment>
          ))}
        </ul>
      )}
    </div>
  );
}
