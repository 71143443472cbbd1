// The demo workspace, journeys and Action patterns of a first start, one module so core loads
// them (and what they import) only then.
export { installDemoActionPatterns } from './demo-action-patterns';
export { demoJourneys } from './demo-journeys';
export { demoWorkspace } from './demo-workspace';
