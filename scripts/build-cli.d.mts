export declare const CLI_OUT: string;
/** Builds dist/cli/cli.mjs and dist/cli/worker.js. */
export declare function buildCli(options?: { quiet?: boolean }): Promise<void>;
