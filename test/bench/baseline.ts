// The shared baseline (../shared/bench/baseline-des.mjs) is plain JavaScript outside the repo:
// it is loaded by URL and typed here.

/** The journey shape the baseline generates (see ../shared/bench/README.md). */
export interface JourneyShape {
  kind: Uint8Array;
  next: Int32Array;
  prob: Float64Array;
  wait: Float64Array;
  nodes: number;
}

/** One baseline run. */
export interface BaselineResult {
  profiles: number;
  transitions: number;
  seconds: number;
  transitionsPerSecond: number;
}

/** The baseline module's exports. */
export interface BaselineModule {
  journeyShape(nodes?: number, seed?: number): JourneyShape;
  runBaseline(options?: {
    profiles?: number;
    days?: number;
    nodes?: number;
    seed?: number;
  }): BaselineResult;
}

export const SHAPE = { WAIT: 0, ACTION: 1, SPLIT: 2, EXIT: 3 } as const;

const BASELINE_URL = new URL('../../../shared/bench/baseline-des.mjs', import.meta.url).href;

/** Imports the shared baseline. */
export async function loadBaseline(): Promise<BaselineModule> {
  return (await import(BASELINE_URL)) as BaselineModule;
}
