import { useState, type FormEvent } from 'react';

/** "New <thing>" box and "Add <thing>" button; Enter adds too. */
export function AddRow({ noun, onAdd }: { noun: string; onAdd: (text: string) => void }) {
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    onAdd(text);
    setText('');
  };
  return (
    <form className="add-row" onSubmit={submit}>
      <input
        aria-label={`New ${noun}`}
        placeholder={`New ${noun}`}
        value={text}
        maxLength={200}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" disabled={!text.trim()}>
        Add {noun}
      </button>
    </form>
  );
}
