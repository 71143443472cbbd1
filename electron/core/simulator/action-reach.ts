import { getAction } from '../../../shared/catalog';
import { EFFECT } from './effects';
import type { ActionRuntime } from './setup';

/** The action-log field an effect is tallied under (sends to people and plain logs have none). */
export type LogField =
  | 'scoreChanges'
  | 'dataValuesSet'
  | 'tagsAdded'
  | 'tagsRemoved'
  | 'listAdds'
  | 'listRemoves'
  | 'audienceAdds'
  | 'journeyStarts'
  | 'customActionCalls'
  | 'recordChanges'
  | 'accountNotifications';

const FIELD: Partial<Record<number, LogField>> = {
  [EFFECT.score]: 'scoreChanges',
  [EFFECT.setValue]: 'dataValuesSet',
  [EFFECT.tagAdd]: 'tagsAdded',
  [EFFECT.tagRemove]: 'tagsRemoved',
  [EFFECT.listAdd]: 'listAdds',
  [EFFECT.listRemove]: 'listRemoves',
  [EFFECT.audience]: 'audienceAdds',
  [EFFECT.journeyStart]: 'journeyStarts',
  [EFFECT.custom]: 'customActionCalls',
};

/**
 * Catalog effects the simulator only logs but that change the account or person in the target
 * system (a CRM sees them), so the action log lists them per action (issue 17).
 */
const RECORD_CHANGES = new Set(['buyingGroup', 'interestingMoment', 'exitJourney']);

/** Whether catalog action `actionId` changes a record without a simulated effect of its own. */
export function changesRecord(actionId: string): boolean {
  const kind = getAction(actionId)?.simulation.kind;
  return kind !== undefined && RECORD_CHANGES.has(kind);
}

/** Where a configured action is logged: its field, the entry's id and whether it counts people. */
export interface LogEntryKey {
  field: LogField;
  id: string;
  /** The entry counts people (a people action, or any action of a people journey). */
  person: boolean;
}

/** The action-log entry of one action step, or null (messages to people, plain logs). */
export function logEntryKey(
  a: ActionRuntime,
  accountUnits: boolean,
  actionId: string,
): LogEntryKey | null {
  const person = a.people || !accountUnits;
  // An account action's send notifies about the account (Send Sales Alert): one entry per action.
  if (a.kind === EFFECT.send)
    return accountUnits && !a.people
      ? { field: 'accountNotifications', id: actionId, person: false }
      : null;
  const field = a.kind === EFFECT.log && changesRecord(actionId) ? 'recordChanges' : FIELD[a.kind];
  if (field === 'recordChanges') return { field, id: actionId, person };
  return field ? { field, id: `${a.refKind}\u0000${a.target}`, person } : null;
}

/** Action-log entries (slots) of a journey's action steps; steps naming the same target share one. */
export interface LogSlots {
  /** Slot per node, -1 for none. */
  slotOf: Int32Array;
  /**
   * The `byAction` slot per action node (catalog action id and unit), -1 for other nodes: steps
   * with the same action share one, so `byAction` counts distinct accounts or people.
   */
  actionSlotOf: Int32Array;
  count: number;
  /** 1 where the slot counts people of an account journey (bits over people, not units). */
  overPeople: Uint8Array;
  /**
   * Whether a unit can meet a slot twice (a Go to loop, or two steps naming the same target or
   * action), so distinct recipients must be remembered; otherwise every application reaches
   * someone new.
   */
  revisited: boolean;
  /**
   * 1 where a slot must remember whom it reached: a loop (Go to or cycle) or two steps share it.
   * A slot of one step in a journey without loops reaches each unit or person once at most, so
   * counting its recipients is enough.
   */
  remembers: Uint8Array;
  /** 1 where an action node's entry or `byAction` slot remembers (its recipients are listed). */
  nodeRemembers: Uint8Array;
}

/** The `byAction` key of an action step: its catalog id and whether it counts people. */
export interface ActionKey {
  actionId: string;
  person: boolean;
}

/** Assigns each logged action step its entry slot, and each action step its `byAction` slot. */
export function logSlots(
  keys: Array<LogEntryKey | null>,
  accountUnits: boolean,
  hasGoto: boolean,
  actionKeys: Array<ActionKey | null> = keys.map(() => null),
  cyclic = false,
): LogSlots {
  const index = new Map<string, number>();
  const people: number[] = [];
  const uses: number[] = [];
  let shared = false;
  const slotFor = (key: string, person: boolean): number => {
    let s = index.get(key);
    if (s === undefined) {
      index.set(key, (s = index.size));
      people.push(accountUnits && person ? 1 : 0);
      uses.push(1);
    } else {
      shared = true;
      uses[s]++;
    }
    return s;
  };
  const slotOf = Int32Array.from(keys, (k) =>
    k === null ? -1 : slotFor(`${k.field}\u0000${k.id}\u0000${k.person ? 'p' : 'a'}`, k.person),
  );
  const actionSlotOf = Int32Array.from(actionKeys, (k) =>
    k === null ? -1 : slotFor(`byAction\u0000${k.actionId}\u0000${k.person ? 'p' : 'a'}`, k.person),
  );
  const remembers = Uint8Array.from(uses, (u) => (hasGoto || cyclic || u > 1 ? 1 : 0));
  const nodeRemembers = Uint8Array.from(slotOf, (s, n) =>
    (s >= 0 && remembers[s] === 1) || (actionSlotOf[n] >= 0 && remembers[actionSlotOf[n]] === 1)
      ? 1
      : 0,
  );
  return {
    slotOf,
    actionSlotOf,
    count: index.size,
    overPeople: Uint8Array.from(people),
    revisited: hasGoto || shared,
    remembers,
    nodeRemembers,
  };
}

/**
 * Who each action-log entry has reached, one bit per slot × unit (or person), so a unit the
 * action reaches again counts once in `reached` (issue 17: an account added to a list it is
 * already on is not another account added). Allocated only when `LogSlots.revisited`.
 */
export class ActionReach {
  /** Null for a slot that need not remember (`LogSlots.remembers`). */
  private readonly bits: Array<Uint32Array | null>;

  constructor(
    slots: LogSlots,
    units: number,
    people: number,
    /** Distinct recipients per slot (the counters' array). */
    private readonly reached: Float64Array,
  ) {
    this.bits = Array.from(slots.overPeople, (p, s) =>
      slots.remembers[s] === 1 ? new Uint32Array(Math.ceil((p === 1 ? people : units) / 32)) : null,
    );
  }

  /** Counts k recipients at a slot that need not remember them (-1: no slot). */
  add(slot: number, k: number): void {
    if (slot >= 0) this.reached[slot] += k;
  }

  /** Counts unit or person `who` at `slot` unless reached before. */
  mark(slot: number, who: number): void {
    const b = this.bits[slot];
    if (b === null) {
      this.reached[slot]++;
      return;
    }
    const word = who >>> 5;
    const mask = 1 << (who & 31);
    if (b[word] & mask) return;
    b[word] |= mask;
    this.reached[slot]++;
  }
}
