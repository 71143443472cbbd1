import { getAction } from '../../../shared/catalog';
import { targetName, type ActionTargetKind } from '../../../shared/simulation';
import { EFFECT } from './effects';
import type { SimProgram } from './setup';

const DAY = 86_400;

/** One line of a profile's trace. */
export interface TraceStep {
  day: number;
  nodeId: string;
  /** The step's name (`distinctStepNames`). */
  step: string;
  note: string;
}

/** Virtual days are numbered from 1, as the replay scrubber shows them ("Day 3 of 30"). */
export const dayNumber = (t: number): number => Math.floor(t / DAY) + 1;
const plural = (k: number, one: string, many: string) =>
  `${k.toLocaleString('en-US')} ${k === 1 ? one : many}`;

/**
 * Step-by-step notes for the first `limit` profiles, written to read like a story: node names,
 * action labels and reference names (not ids), days numbered like the replay. Only called for
 * traced profiles, so it may be slow.
 */
export class TraceRecorder {
  readonly steps: TraceStep[][];

  constructor(
    private readonly prog: SimProgram,
    readonly limit: number,
    private readonly names: Readonly<Record<string, string>> = {},
  ) {
    this.steps = Array.from({ length: limit }, () => []);
  }

  private name(id: string, kind: ActionTargetKind): string {
    return targetName(id, kind, this.names);
  }

  /** Records a free-form note. */
  note(unit: number, t: number, n: number, note: string): void {
    const g = this.prog.graph;
    this.steps[unit].push({ day: dayNumber(t), nodeId: g.nodes[n].id, step: g.stepNames[n], note });
  }

  /** What entering says: an account with its people, or a person. */
  enteredNote(people: number): string {
    return this.prog.accountUnits
      ? `the account entered the journey with ${plural(people, 'person', 'people')}`
      : 'entered the journey';
  }

  /** A profile left through an output with no edge. */
  dropped(unit: number, t: number, n: number): void {
    this.note(unit, t, n, 'left the journey: this path leads nowhere');
  }

  /** A Wait started. */
  waits(unit: number, t: number, n: number, until: number): void {
    this.note(unit, t, n, `waits until day ${dayNumber(until)}`);
  }

  /** A Wait for event started; the outcome is already drawn. */
  waitsForEvent(unit: number, t: number, n: number, happens: boolean, at: number): void {
    this.note(
      unit,
      t,
      n,
      happens
        ? `the event happens on day ${dayNumber(at)}`
        : `no event; times out on day ${dayNumber(at)}`,
    );
  }

  /** A split, random split or gate chose an output. */
  took(unit: number, t: number, n: number, slot: number): void {
    const g = this.prog.graph;
    this.note(unit, t, n, `took the path “${g.outLabel[g.outStart[n] + slot]}”`);
  }

  /** A split by people divided the account's people into groups. */
  divided(unit: number, t: number, n: number, slotPeople: Int32Array, left: number): void {
    const g = this.prog.graph;
    const parts: string[] = [];
    for (let j = 0; j < g.outStart[n + 1] - g.outStart[n]; j++) {
      if (slotPeople[j] > 0)
        parts.push(
          `${plural(slotPeople[j], 'person', 'people')} to “${g.outLabel[g.outStart[n] + j]}”`,
        );
    }
    const gone = left > 0 ? `; ${plural(left, 'person', 'people')} matched no path and left` : '';
    this.note(
      unit,
      t,
      n,
      parts.length
        ? `the account's people divided: ${parts.join(', ')}${gone}`
        : `nobody of the account matched a path; the account left${gone}`,
    );
  }

  /** Group arrivals at the merge per traced account, written as one step when the account goes on. */
  private readonly arrivals = new Map<number, string[]>();

  /** A group reached its merge; the account's one merge step is written when it continues. */
  groupArrived(unit: number, t: number, people: number): void {
    const list = this.arrivals.get(unit) ?? [];
    list.push(`${plural(people, 'person', 'people')} on day ${dayNumber(t)}`);
    this.arrivals.set(unit, list);
  }

  /** The account passes the merge, once: its groups' arrivals, then whether any ended on the way. */
  merged(unit: number, t: number, n: number, people: number): void {
    const groups = this.arrivals.get(unit) ?? [];
    this.arrivals.delete(unit);
    this.note(
      unit,
      t,
      n,
      `the account is whole again (${plural(people, 'person', 'people')}; arrived: ${groups.join(', ')}) and continues once`,
    );
  }

  /** At the horizon: an account whose groups are still partly on the paths waits at the merge. */
  waitingAtMerge(unit: number, t: number, n: number): void {
    const groups = this.arrivals.get(unit);
    if (!groups) return;
    this.arrivals.delete(unit);
    this.note(unit, t, n, `waiting for the account's other paths (arrived: ${groups.join(', ')})`);
  }

  /** An unconfigured step was skipped. */
  skipped(unit: number, t: number, n: number): void {
    const node = this.prog.graph.nodes[n];
    const why =
      node.type === 'action' && node.settings.actionId === null
        ? 'no action chosen'
        : 'the step is not fully configured';
    this.note(unit, t, n, `skipped: ${why}`);
  }

  /** A configured action ran for k recipients; the note shows the data after the step. */
  action(unit: number, t: number, n: number, k: number): void {
    const a = this.prog.actions[n];
    const node = this.prog.graph.nodes[n];
    if (a === null || node.type !== 'action') return;
    const label =
      getAction(node.settings.actionId ?? '')?.label ?? node.settings.actionId ?? 'action';
    if (k === 0) {
      this.note(unit, t, n, `${label}: not applied (no matching contacts, or nothing to remove)`);
      return;
    }
    const who =
      a.people && this.prog.accountUnits
        ? ` for ${plural(k, 'person', 'people')}`
        : this.prog.accountUnits
          ? ' for the account'
          : '';
    const target = `“${this.name(a.target, a.refKind)}”`;
    let what: string;
    switch (a.kind) {
      case EFFECT.score:
        what = `score ${target} ${a.amount >= 0 ? '+' : ''}${a.amount} (now ${a.scores[unit]})`;
        break;
      case EFFECT.setValue:
        what = `${a.target} set to “${a.value}”`;
        break;
      case EFFECT.tagAdd:
      case EFFECT.tagRemove:
        what = `tag ${target} ${a.kind === EFFECT.tagAdd ? 'added' : 'removed'}`;
        break;
      case EFFECT.listAdd:
      case EFFECT.listRemove:
        what = `${a.kind === EFFECT.listAdd ? 'added to' : 'removed from'} ${target}`;
        break;
      case EFFECT.audience:
        what = `added to audience ${target}`;
        break;
      case EFFECT.send:
        what = `${a.target === 'sms' ? 'SMS' : a.target} sent`;
        break;
      case EFFECT.journeyStart:
        what = `started journey ${target}`;
        break;
      case EFFECT.custom:
        what = `journey.${a.target} = ${JSON.stringify(a.store?.valueOf(unit) ?? null)}`;
        break;
      default:
        // Logged actions (buying group stage, interesting moments…) have no target to name.
        this.note(unit, t, n, `${label}${who}`);
        return;
    }
    this.note(unit, t, n, `${label}: ${what}${who}`);
  }
}
