import { useEffect, useRef, type ReactNode } from 'react';
import { returnFocus } from './focus-return';
import { trapModalKeys } from './modal-keys';

interface ModalProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/** A modal dialog on the native <dialog>: Tab cycles inside, Escape closes, labelled by its title. */
export function Modal({ title, onClose, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });
  useEffect(() => {
    const dialog = ref.current;
    // Focus goes back to whatever opened the dialog (a button, a node card) when it closes, or to
    // the screen's home when the action removed it.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    const release = dialog ? trapModalKeys(dialog, () => onCloseRef.current()) : undefined;
    return () => {
      release?.();
      dialog?.close();
      returnFocus(opener);
    };
  }, []);
  const titleId = `modal-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={titleId}
      // Escape is handled by trapModalKeys wherever focus is; the native cancel must not close
      // the dialog behind React's back.
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
