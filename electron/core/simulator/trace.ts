import type { SimProgram } from './setup';
import { EFFECT } from './effects';

const DAY = 86_400;

interface Step {
  day: number;
  nodeId: string;
  note: string;
}

const dayOf = (t: number): number => Math.round((t / DAY) * 1000) / 1000;

/** Step-by-step notes for the first `limit` profiles; only called for traced profiles. */
export class TraceRecorder {
  readonly steps: Step[][];

  constructor(
    private readonly prog: SimProgram,
    readonly limit: number,
  ) {
    this.steps = Array.from({ length: limit }, () => []);
  }

  /** Records a free-form note. */
  note(unit: number, t: number, n: number, note: string): void {
    this.steps[unit].push({ day: dayOf(t), nodeId: this.prog.graph.nodes[n].id, note });
  }

  /** A profile left through an output with no edge. */
  dropped(unit: number, t: number, n: number): void {
    this.note(unit, t, n, 'dropped: the output leads nowhere');
  }

  /** A Wait started. */
  waits(unit: number, t: number, n: number, until: number): void {
    this.note(unit, t, n, `waits until day ${dayOf(until)}`);
  }

  /** A Wait for event started; the outcome is already drawn. */
  waitsForEvent(unit: number, t: number, n: number, happens: boolean, at: number): void {
    this.note(unit, t, n, happens ? `the event happens on day ${dayOf(at)}` : `times out on day ${dayOf(at)}`);
  }

  /** A split, random split or gate chose an output. */
  took(unit: number, t: number, n: number, slot: number): void {
    const g = this.prog.graph;
    this.note(unit, t, n, `took "${g.outLabel[g.outStart[n] + slot]}"`);
  }

  /** A configured action ran for k recipients; the note shows the data after the step. */
  action(unit: number, t: number, n: number, k: number): void {
    const a = this.prog.actions[n];
    if (a === null) return;
    if (k === 0) {
      this.note(unit, t, n, 'not applied: no matching contacts (or nothing to remove)');
      return;
    }
    const who = k === 1 ? '' : ` for ${k} people`;
    let note: string;
    switch (a.kind) {
      case EFFECT.score:
        note = `score "${a.target}" ${a.amount >= 0 ? '+' : ''}${a.amount} (now ${a.scores[unit]})`;
        break;
      case EFFECT.setValue:
        note = `${a.target} set to "${a.value}"`;
        break;
      case EFFECT.tagAdd:
      case EFFECT.tagRemove:
        note = `tag "${a.target}" ${a.kind === EFFECT.tagAdd ? 'added' : 'removed'}`;
        break;
      case EFFECT.listAdd:
      case EFFECT.listRemove:
        note = `${a.kind === EFFECT.listAdd ? 'added to' : 'removed from'} list "${a.target}"`;
        break;
      case EFFECT.audience:
        note = `added to audience "${a.target}"`;
        break;
      case EFFECT.send:
        note = `${a.target} sent`;
        break;
      case EFFECT.journeyStart:
        note = `started journey "${a.target}"`;
        break;
      case EFFECT.custom:
        note = `journey.${a.target} = ${JSON.stringify(a.store?.valueOf(unit) ?? null)}`;
        break;
      default:
        note = `${a.target} (logged)`;
    }
    this.note(unit, t, n, note + who);
  }
}
