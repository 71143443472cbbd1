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
