import type { ImportSummary } from '../../../shared/bundle';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What an import or a pull did, in a sentence or two. */
export function ImportSummaryView({ summary, title }: { summary: ImportSummary; title: string }) {
  const s = summary;
  const parts = [
    [s.created.length, `${plural(s.created.length, 'journey')} created`],
    [s.overwritten.length, `${s.overwritten.length} overwritten`],
    [s.copied.length, `${s.copied.length} imported as copies`],
    [s.skipped.length, `${s.skipped.length} skipped`],
    [s.unchanged.length, `${s.unchanged.length} already identical`],
  ]
    .filter(([n]) => n !== 0)
    .map(([, text]) => text);
  const extras = [
    s.referencesAdded + s.referencesReplaced > 0 &&
      `${plural(s.referencesAdded, 'reference item')} added, ${s.referencesReplaced} replaced`,
    s.actionsAdded + s.actionsReplaced > 0 &&
      `${plural(s.actionsAdded, 'Action')} added, ${s.actionsReplaced} replaced`,
    s.scenariosAdded + s.scenariosReplaced > 0 &&
      `${plural(s.scenariosAdded, 'scenario')} added, ${s.scenariosReplaced} replaced`,
  ].filter(Boolean);
  return (
    <div className="import-summary" role="status" aria-label={title}>
      <strong>{title}.</strong> {parts.length ? parts.join(', ') : 'Nothing to change'}.
      {extras.length > 0 && ` ${extras.join('; ')}.`}
      {s.referencesNamedHere.length > 0 && (
        <ul>
          {s.referencesNamedHere.map((note) => (
            <li key={note}>{`${note.charAt(0).toUpperCase()}${note.slice(1)}.`}</li>
          ))}
        </ul>
      )}
      {s.copied.length > 0 && (
        <ul>
          {s.copied.map((c) => (
            <li key={c.id}>Imported as “{c.name}”.</li>
          ))}
        </ul>
      )}
    </div>
  );
}
