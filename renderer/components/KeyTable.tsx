/** A list of keyboard shortcuts: keys, then what they do (Help page and the editor's shortcuts dialog). */
export function KeyTable({
  caption,
  rows,
  className,
}: {
  caption: string;
  rows: readonly { keys: string; what: string }[];
  className?: string;
}) {
  return (
    <table className={className ?? 'help-keys'}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Keys</th>
          <th scope="col">What they do</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => (
          <tr key={s.keys}>
            <th scope="row">
              <kbd>{s.keys}</kbd>
            </th>
            <td>{s.what}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
