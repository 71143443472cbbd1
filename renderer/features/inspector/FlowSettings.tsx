import type { JourneyNode, NodeOf, Workspace } from '../../../shared/model';
import { DurationField } from './fields';

type Change = (node: JourneyNode) => void;

/** Entry: the trigger and its source. */
export function EntrySettings({ node, onChange }: { node: NodeOf<'entry'>; onChange: Change }) {
  const s = node.settings;
  return (
    <>
      <label>
        Trigger
        <select value={s.trigger} onChange={(e) => onChange({ ...node, settings: { ...s, trigger: e.target.value as typeof s.trigger } })}>
          <option value="audience">Account audience</option>
          <option value="segment">Segment</option>
          <option value="event">Event</option>
          <option value="date">Date</option>
        </select>
      </label>
      <label>
        Source
        <input value={s.source} maxLength={200} onChange={(e) => onChange({ ...node, settings: { ...s, source: e.target.value } })} />
      </label>
    </>
  );
}

/** Wait: a duration (default 5 days) or until a date. */
export function WaitSettings({ node, onChange }: { node: NodeOf<'wait'>; onChange: Change }) {
  const s = node.settings;
  return (
    <>
      <fieldset className="radios">
        <legend>Wait</legend>
        <label className="radio">
          <input type="radio" checked={s.mode === 'duration'} onChange={() => onChange({ ...node, settings: { mode: 'duration', duration: { amount: 5, unit: 'days' } } })} />
          For a duration
        </label>
        <label className="radio">
          <input type="radio" checked={s.mode === 'until'} onChange={() => onChange({ ...node, settings: { mode: 'until', until: '' } })} />
          Until a date
        </label>
      </fieldset>
      {s.mode === 'duration' ? (
        <DurationField legend="Duration" value={s.duration} onChange={(duration) => onChange({ ...node, settings: { mode: 'duration', duration } })} />
      ) : (
        <label>
          Until
          <input type="date" value={s.until} onChange={(e) => onChange({ ...node, settings: { mode: 'until', until: e.target.value } })} />
        </label>
      )}
    </>
  );
}

/** Wait for event: the event and the timeout after which the Timed out path is taken. */
export function WaitForEventSettings({ node, workspace, onChange }: { node: NodeOf<'waitForEvent'>; workspace: Workspace | null; onChange: Change }) {
  const s = node.settings;
  return (
    <>
      <label>
        Event
        <input list="workspace-events" value={s.eventName} maxLength={200} onChange={(e) => onChange({ ...node, settings: { ...s, eventName: e.target.value } })} />
        <datalist id="workspace-events">
          {workspace?.events.map((ev) => (
            <option key={ev} value={ev} />
          ))}
        </datalist>
      </label>
      <DurationField legend="Timeout" value={s.timeout} onChange={(timeout) => onChange({ ...node, settings: { ...s, timeout } })} />
    </>
  );
}

/** Gate: a Liquid condition; true and false paths. */
export function GateSettings({ node, onChange }: { node: NodeOf<'gate'>; onChange: Change }) {
  return (
    <label>
      Condition (Liquid)
      <textarea
        rows={5}
        className="mono"
        value={node.settings.condition}
        placeholder="account.employees > 100"
        aria-describedby={`gate-help-${node.id}`}
        onChange={(e) => onChange({ ...node, settings: { condition: e.target.value } })}
      />
      <small id={`gate-help-${node.id}`} className="muted">
        A condition as written inside {'{% if %}'}, e.g. journey.crm.body.tier == &quot;gold&quot;. True takes the True path.
      </small>
    </label>
  );
}

/** Go to: the node to jump to. */
export function GotoSettings({ node, nodes, onChange }: { node: NodeOf<'goto'>; nodes: readonly JourneyNode[]; onChange: Change }) {
  const targets = nodes.filter((n) => n.id !== node.id && n.type !== 'goto');
  return (
    <label>
      Go to node
      <select value={node.settings.targetNodeId ?? ''} onChange={(e) => onChange({ ...node, settings: { targetNodeId: e.target.value || null } })}>
        <option value="">Choose…</option>
        {targets.map((n) => (
          <option key={n.id} value={n.id}>
            {n.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Exit: an optional reason, reported in simulation. */
export function ExitSettings({ node, onChange }: { node: NodeOf<'exit'>; onChange: Change }) {
  return (
    <label>
      Exit reason
      <input value={node.settings.reason} maxLength={200} onChange={(e) => onChange({ ...node, settings: { reason: e.target.value } })} />
    </label>
  );
}
