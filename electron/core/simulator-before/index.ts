export { simulate, parseScenario, assertRunnable, type SimulateOptions } from './simulate';
export { runSimulationInWorker, type SimulationRun, type WorkerRunOptions } from './run-in-worker';
export { SimulationCancelled, type EngineHooks } from './engine';
export { EFFECTS, defaultIsConfigured, type EffectDef, type EffectFactory } from './effects';
