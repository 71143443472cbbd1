import { useEffect, useRef, type KeyboardEvent } from 'react';
import { ADDABLE_NODE_TYPES, type AddableNodeType } from '../../../shared/graph';
import { addNodeIssue } from '../../../shared/validation';
import { useEditorStore } from '../../stores/editor-store';
import { addNodeAt, hasClipboard, pasteClipboard } from './editor-actions';
import { NODE_META } from './node-meta';

/** The node menu a "+" opens: every node type, plus Paste when something was copied. */
export function AddNodeMenu() {
  const menu = useEditorStore((s) => s.addMenu);
  const journey = useEditorStore((s) => s.journey);
  const body = useEditorStore((s) => s.body);
  const ref = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!menu) return;
    opener.current = document.activeElement as HTMLElement | null;
    ref.current
      ?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')
      ?.focus();
  }, [menu]);
  useEffect(() => {
    if (!menu) return;
    const onDown = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) useEditorStore.getState().openAddMenu(null);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [menu]);
  if (!menu) return null;
  const close = (restoreFocus: boolean) => {
    useEditorStore.getState().openAddMenu(null);
    if (restoreFocus) opener.current?.focus();
  };
  const choose = (type: AddableNodeType) => {
    close(false);
    addNodeAt(menu.target, type);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = [
      ...(ref.current?.querySelectorAll<HTMLElement>(
        '[role="menuitem"]:not([aria-disabled="true"])',
      ) ?? []),
    ];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(items.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') close(true);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const canPaste = hasClipboard();
  const whyNot = (type: AddableNodeType) =>
    journey && body ? addNodeIssue({ ...journey, ...body }, menu.target, type) : undefined;
  const left = Math.min(menu.x, window.innerWidth - 240);
  const top = Math.min(menu.y, window.innerHeight - 420);
  return (
    <div
      ref={ref}
      role="menu"
      aria-label="Add node"
      className="add-menu"
      style={{ left, top }}
      onKeyDown={onKeyDown}
    >
      {ADDABLE_NODE_TYPES.map((type) => {
        const reason = whyNot(type);
        const disabled = reason !== undefined;
        return (
          <button
            key={type}
            type="button"
            role="menuitem"
            tabIndex={-1}
            aria-disabled={disabled || undefined}
            title={reason ?? NODE_META[type].hint}
            onClick={() => !disabled && choose(type)}
          >
            <span aria-hidden className="jnode-icon">
              {NODE_META[type].icon}
            </span>
            {NODE_META[type].label}
          </button>
        );
      })}
      {canPaste && (
        <button
          type="button"
          role="menuitem"
          tabIndex={-1}
          className="menu-separator"
          onClick={() => {
            close(false);
            pasteClipboard(menu.target);
          }}
        >
          <span aria-hidden className="jnode-icon">
            ⎘
          </span>
          Paste here
        </button>
      )}
    </div>
  );
}
