import { useId, useState } from 'react';
import { commands, nodesOnlyOnPath, sharesAreEven } from '../../../shared/graph';
import type { NodeOf, Workspace } from '../../../shared/model';
import {
  criterionField,
  INVALID_PARAM,
  RANDOM_SPLIT_PATH_NEVER_TAKEN,
  randomSplitTotalMessage,
  type Problem,
} from '../../../shared/validation';
import { CriteriaList } from '../action-form/CriteriaList';
import { useEditorStore } from '../../stores/editor-store';
import { shownPaths } from '../../stores/field-drafts';
import { NameField } from './fields';
import { useFocusNewRow } from '../../components/focus-new-row';
import { fieldProblem } from './inline-fields';

type PathNode = NodeOf<'split'> | NodeOf<'randomSplit'>;

/** Paths of a Split path or Random split: name, order, add, delete (and percentages). */
export function PathsEditor({
  node,
  workspace,
  problems,
}: {
  node: PathNode;
  workspace: Workspace | null;
  /** The node's problems: each criterion row shows its own under it. */
  problems: readonly Problem[];
}) {
  const execute = useEditorStore((s) => s.execute);
  const body = useEditorStore((s) => s.body);
  const audience = useEditorStore((s) => s.journey?.audience ?? 'people');
  const readOnly = useEditorStore((s) => s.readOnly);
  const [confirming, setConfirming] = useState<string | null>(null);
  // A percent outside 0–100 stays in its box with the message (and in the Problems list), unsent.
  const drafts = useEditorStore((s) => s.fieldDrafts);
  const setFieldDraft = useEditorStore((s) => s.setFieldDraft);
  const paths = node.settings.paths;
  const mine = problems.filter((q) => q.nodeId === node.id);
  const min = node.type === 'split' ? 1 : 2;
  // The total of what the boxes show, refused values included ("Paths add up to 200%" for 150).
  const total =
    node.type === 'randomSplit' ? shownPaths(node, drafts).reduce((t, p) => t + p.percent, 0) : 100;
  // As the validator reads it: hundredths may add up to 99.99999999999999 in floating point.
  const whole = Math.abs(total - 100) <= 1e-9;
  const newRow = useFocusNewRow<HTMLFieldSetElement>(paths.length, '.path-row:not(.other)');
  const remove = (pathId: string) => {
    newRow.expectRemoval(paths.findIndex((p) => p.id === pathId));
    execute(commands.removePath(node.id, pathId));
    setConfirming(null);
  };
  return (
    <fieldset className="paths" ref={newRow.container}>
      <legend>{node.type === 'split' ? 'Paths (first match wins)' : 'Paths'}</legend>
      <ol>
        {paths.map((p, i) => {
          const doomed =
            body && confirming === p.id ? nodesOnlyOnPath(body, node.id, p.id).length : 0;
          return (
            <li key={p.id} className="path-row">
              <NameField
                label={`Path ${i + 1} name`}
                value={p.name}
                onCommit={(name) => execute(commands.renamePath(node.id, p.id, name))}
              />
              {node.type === 'randomSplit' && 'percent' in p && (
                <PercentField
                  pathName={p.name}
                  field={p.id}
                  percent={p.percent}
                  warning={
                    fieldProblem(mine, { exact: p.id, code: RANDOM_SPLIT_PATH_NEVER_TAKEN })
                      ?.message
                  }
                  draft={drafts[`${node.id}|${p.id}`]}
                  onDraft={(draft) =>
                    setFieldDraft(node.id, p.id, draft && { ...draft, code: INVALID_PARAM })
                  }
                  onCommit={(percent) => {
                    const next = node.settings.paths.map((q) =>
                      q.id === p.id ? { ...q, percent } : q,
                    );
                    execute(
                      commands.updateNode(
                        { ...node, settings: { paths: next } },
                        `percent:${p.id}`,
                      ),
                    );
                  }}
                />
              )}
              {node.type === 'split' && 'criteria' in p && workspace && (
                <fieldset className="path-criteria">
                  <legend>{`Who takes ${p.name}`}</legend>
                  <CriteriaList
                    match={p.match}
                    criteria={p.criteria}
                    audience={audience}
                    splitBy={node.settings.splitBy}
                    workspace={workspace}
                    readOnly={readOnly}
                    owner={p.name}
                    rowField={(i) => criterionField(p.id, i)}
                    rowProblem={(i) => fieldProblem(mine, { exact: criterionField(p.id, i) })}
                    onChange={(match, criteria) => {
                      const next = node.settings.paths.map((q) =>
                        q.id === p.id ? { ...q, match, criteria } : q,
                      );
                      execute(
                        commands.updateNode(
                          { ...node, settings: { ...node.settings, paths: next } },
                          `criteria:${p.id}`,
                        ),
                      );
                    }}
                  />
                </fieldset>
              )}
              <div className="path-buttons">
                <button
                  type="button"
                  aria-label={`Move ${p.name} up`}
                  disabled={i === 0}
                  onClick={() => execute(commands.movePath(node.id, p.id, -1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={`Move ${p.name} down`}
                  disabled={i === paths.length - 1}
                  onClick={() => execute(commands.movePath(node.id, p.id, 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={`Delete ${p.name}`}
                  disabled={paths.length <= min}
                  onClick={() =>
                    body && nodesOnlyOnPath(body, node.id, p.id).length > 0
                      ? setConfirming(p.id)
                      : remove(p.id)
                  }
                >
                  ×
                </button>
              </div>
              {confirming === p.id && (
                <div role="alert" className="inline-confirm">
                  Deleting “{p.name}” also deletes {doomed} node{doomed === 1 ? '' : 's'} on it.
                  <button type="button" className="danger" onClick={() => remove(p.id)}>
                    Delete path
                  </button>
                  <button type="button" onClick={() => setConfirming(null)}>
                    Cancel
                  </button>
                </div>
              )}
            </li>
          );
        })}
        {node.type === 'split' && (
          <li className="path-row other">
            <span>Other</span> <span className="muted">everyone no path above matched</span>
          </li>
        )}
      </ol>
      {node.type === 'randomSplit' && (
        <p className={whole ? 'muted' : 'field-error'} role={whole ? undefined : 'alert'}>
          {whole ? 'Total 100%' : randomSplitTotalMessage(total)}
        </p>
      )}
      <div className="path-actions">
        <button
          type="button"
          onClick={() => {
            newRow.expect();
            execute(commands.addPath(node.id));
          }}
          disabled={paths.length >= 25}
        >
          Add path
        </button>
        {node.type === 'randomSplit' && (
          <button
            type="button"
            disabled={readOnly || sharesAreEven(node.settings.paths.map((p) => p.percent))}
            onClick={() => execute(commands.splitEvenly(node.id))}
          >
            Split evenly
          </button>
        )}
      </div>
    </fieldset>
  );
}

/** One Random split path's percent, named after its path; a value outside 0–100 is kept and refused. */
function PercentField({
  field,
  pathName,
  percent,
  draft,
  warning,
  onDraft,
  onCommit,
}: {
  /** The problem field of this percent (the path id): the Problems list focuses it. */
  field: string;
  pathName: string;
  percent: number;
  draft: { value: unknown; message: string } | undefined;
  /** The path's warning (a 0% path is never taken), shown while no refused value is. */
  warning: string | undefined;
  onDraft: (draft: { value: unknown; message: string } | null) => void;
  onCommit: (percent: number) => void;
}) {
  const id = useId();
  const label = `Percent for ${pathName}`;
  return (
    <div className="percent">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={0}
        max={100}
        data-field={field}
        value={draft ? String(draft.value) : percent}
        aria-invalid={draft ? true : undefined}
        aria-describedby={draft ? `${id}-error` : warning ? `${id}-warning` : undefined}
        onChange={(e) => {
          const typed = e.target.value;
          const value = Number(typed);
          if (typed.trim() === '' || !Number.isFinite(value) || value < 0 || value > 100) {
            onDraft({ value: typed, message: `${label} must be 0–100` });
            return;
          }
          if (draft) onDraft(null);
          onCommit(value);
        }}
      />
      {draft && (
        <span id={`${id}-error`} role="alert" className="field-error">
          {draft.message}
        </span>
      )}
      {!draft && warning && (
        <span id={`${id}-warning`} className="field-warning">
          {warning}
        </span>
      )}
    </div>
  );
}
