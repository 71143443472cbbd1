import type { Scenario } from '../../../shared/simulation';
import { ActionReach } from './action-reach';
import { buildScope, type ProfileRow } from './context';
import type { Counters } from './counters';
import type { PeopleState } from './people-split';
import { EFFECT } from './effects';
import type { Rng } from './rng';
import type { ActionRuntime, SimProgram } from './setup';

const AUDIENCE_DELAY = 48 * 3_600;

/** Applies configured actions to simulated state; returns the number of recipients. */
export class ActionApplier {
  private readonly clickGivenOpen: number;
  private readonly openP: number;
  private readonly smsClick: number;
  /** Distinct recipients per action-log entry, when a unit can meet an entry twice. */
  private readonly reach: ActionReach | null;
  /**
   * Recipients of the current step (people or units), filled only when `reach` is kept; a typed
   * array reused step after step (an array emptied and pushed to on every action showed in profiles).
   */
  private who = new Int32Array(16);

  constructor(
    private readonly prog: SimProgram,
    private readonly c: Counters,
    private readonly rng: Rng,
    scenario: Scenario,
    private readonly stopT: number,
    private readonly people: PeopleState | null,
  ) {
    const b = scenario.behaviour;
    this.openP = b.emailOpen;
    this.clickGivenOpen = b.emailOpen > 0 ? Math.min(1, b.emailClick / b.emailOpen) : 0;
    this.smsClick = b.smsClick;
    const slots = prog.logSlots;
    this.reach = slots.revisited
      ? new ActionReach(slots, prog.units, prog.pop.people, c.reached)
      : null;
  }

  /** Runs node n's effect for a profile at time t; `people` is the token's people count. */
  apply(n: number, row: ProfileRow, people: number, t: number): number {
    const a = this.prog.actions[n] as ActionRuntime;
    const reach = this.reach;
    const slots = this.prog.logSlots;
    // Recipients are listed only where a slot remembers them; one pass lists and counts them.
    const listed = reach !== null && slots.nodeRemembers[n] === 1;
    const k = listed ? this.collect(a, row, people) : this.recipients(a, row, people);
    if (k === 0) return 0;
    const c = this.c;
    const slot = reach === null ? -1 : slots.slotOf[n];
    const actionSlot = reach === null ? -1 : slots.actionSlotOf[n];
    switch (a.kind) {
      case EFFECT.score:
        a.scores[row.unit] += a.amount;
        break;
      case EFFECT.setValue:
        this.setValue(a, row);
        break;
      case EFFECT.tagAdd:
      case EFFECT.listAdd:
        a.flags[row.unit] = 1;
        break;
      case EFFECT.tagRemove:
      case EFFECT.listRemove:
        // Removing a non-member is ignored.
        if (a.flags[row.unit] === 0) return 0;
        a.flags[row.unit] = 0;
        break;
      case EFFECT.audience: {
        // One draw per recipient, in the same order whether or not recipients are remembered.
        let landed = 0;
        for (let i = 0; i < k; i++)
          if (t + this.rng.float() * AUDIENCE_DELAY <= this.stopT) {
            landed++;
            if (listed) this.mark(reach, slot, actionSlot, i);
          }
        c.applied[n] += landed;
        if (reach !== null && !listed) this.count(reach, slot, actionSlot, landed);
        return landed;
      }
      case EFFECT.send:
        this.send(n, a.channel, k);
        break;
      case EFFECT.custom: {
        const s = a.store;
        if (s === null) break;
        s.cell[row.unit] = s.dynamic
          ? s.render(this.prog.liquid, buildScope(a.refs, row, this.prog.pop.personStart))
          : s.pick(this.rng);
        break;
      }
      default:
        break;
    }
    c.applied[n] += k;
    if (listed) for (let i = 0; i < k; i++) this.mark(reach, slot, actionSlot, i);
    else if (reach !== null) this.count(reach, slot, actionSlot, k);
    return k;
  }

  /**
   * Counts recipient i (of `who`) at the step's log entry and its catalog action, once each.
   * A method rather than a closure made per step: this runs on every action of a revisited journey.
   */
  private mark(reach: ActionReach, slot: number, actionSlot: number, i: number): void {
    if (slot >= 0) reach.mark(slot, this.who[i]);
    if (actionSlot >= 0) reach.mark(actionSlot, this.who[i]);
  }

  /** Counts k recipients at slots that need not remember them. */
  private count(reach: ActionReach, slot: number, actionSlot: number, k: number): void {
    reach.add(slot, k);
    reach.add(actionSlot, k);
  }

  /**
   * Lists in `who` the recipients `recipients` counts and returns how many: the unit itself, or
   * the matching people of its group (without "Apply to", every person of the group: `people`).
   */
  private collect(a: ActionRuntime, row: ProfileRow, people: number): number {
    const prog = this.prog;
    const ps = prog.pop.personStart;
    if (!(prog.accountUnits && a.people)) {
      if (a.applyGroup >= 0 && !prog.criteria.matches(a.applyGroup, row.acc, row.person, ps))
        return 0;
      this.who[0] = row.unit;
      return 1;
    }
    const from = ps[row.acc];
    const end = ps[row.acc + 1];
    if (end - from > this.who.length) this.who = new Int32Array(2 * (end - from));
    const who = this.who;
    const state = this.people;
    let k = 0;
    for (let p = from; p < end; p++)
      if (
        (state === null || state.inGroup(p, row.group)) &&
        (a.applyGroup < 0 || prog.criteria.matches(a.applyGroup, row.acc, p, ps))
      )
        who[k++] = p;
    return a.applyGroup < 0 ? people : k;
  }

  private recipients(a: ActionRuntime, row: ProfileRow, people: number): number {
    const prog = this.prog;
    const ps = prog.pop.personStart;
    if (!(prog.accountUnits && a.people)) {
      return a.applyGroup < 0 || prog.criteria.matches(a.applyGroup, row.acc, row.person, ps)
        ? 1
        : 0;
    }
    if (a.applyGroup < 0) return people;
    // "Apply to which contacts": the people of this token's group (or account) who match.
    const state = this.people;
    let k = 0;
    for (let p = ps[row.acc], end = ps[row.acc + 1]; p < end; p++) {
      if (
        (state === null || state.inGroup(p, row.group)) &&
        prog.criteria.matches(a.applyGroup, row.acc, p, ps)
      )
        k++;
    }
    return k;
  }

  private setValue(a: ActionRuntime, row: ProfileRow): void {
    const col = a.col;
    if (col === null) return;
    const ps = this.prog.pop.personStart;
    let from = row.acc;
    let to = row.acc + 1;
    if (a.people) {
      if (row.person >= 0) [from, to] = [row.person, row.person + 1];
      else [from, to] = [ps[row.acc], ps[row.acc + 1]];
    }
    const g = a.applyGroup;
    for (let r = from; r < to; r++) {
      if (a.people && row.person < 0 && this.people !== null && !this.people.inGroup(r, row.group))
        continue;
      if (a.people && row.person < 0 && g >= 0 && !this.prog.criteria.matches(g, row.acc, r, ps))
        continue;
      if (col.kind === 'num') col.num[r] = a.setNum;
      else col.cat[r] = a.setCode;
    }
  }

  private send(n: number, channel: number, k: number): void {
    const c = this.c;
    const rng = this.rng;
    for (let i = 0; i < k; i++) {
      if (channel === 0) {
        if (rng.float() < this.openP) {
          c.opened[n]++;
          if (rng.float() < this.clickGivenOpen) c.clicked[n]++;
        }
      } else if (channel === 1 && rng.float() < this.smsClick) c.clicked[n]++;
    }
  }
}
