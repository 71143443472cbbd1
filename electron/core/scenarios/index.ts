export {
  copyScenarios,
  deleteScenario,
  getScenario,
  listScenarios,
  removeScenarios,
  saveScenario,
  scenariosDir,
} from './scenario-store';
export { parseCsvPopulation } from './parse-csv';
export {
  lastRunsDir,
  readSimulationMemory,
  removeSimulationMemory,
  saveLastRun,
  saveWorkingCopy,
} from './last-run-store';
