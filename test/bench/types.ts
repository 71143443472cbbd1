/** One line of the benchmark table. */
export interface BenchRow {
  name: string;
  figure: number;
  unit: string;
  /** The reference figure measured in the same run, when there is one. */
  baseline: number | null;
  /** figure ÷ baseline, when there is a baseline. */
  ratio: number | null;
  budget: string;
  /** null when the row has no budget at this size. */
  pass: boolean | null;
}

/** Options every bench module receives. */
export interface BenchOptions {
  /** Smaller sizes and fewer runs, for a quick look. */
  quick: boolean;
}

/** A part of the benchmark (simulator, store, bundles, canvas…): add one to the list in run.ts. */
export interface BenchModule {
  name: string;
  run(options: BenchOptions): Promise<BenchRow[]>;
}
