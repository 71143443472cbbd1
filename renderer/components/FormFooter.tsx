interface FormFooterProps {
  /** The refusal to show above the buttons (the core's message). */
  error: string | null;
  /** The submit button's name: the dialog's action ("Create", "Duplicate", …). */
  submitLabel: string;
  disabled: boolean;
  onCancel: () => void;
  /** Id of the error, for fields that point at it with aria-describedby. */
  errorId?: string;
}

/** The end of every dialog form: the error as an alert, then Cancel and the named submit button. */
export function FormFooter({ error, submitLabel, disabled, onCancel, errorId }: FormFooterProps) {
  return (
    <>
      {error && (
        <p role="alert" id={errorId} className="error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={disabled}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
