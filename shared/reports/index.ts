export { renderSimulationReport, reportFileName, type ReportInput } from './render-report';
export { journeySvg } from './journey-svg';
export { pathOrder } from './path-order';
export { NODE_TYPE_LABELS, nodeDetail } from './node-labels';
