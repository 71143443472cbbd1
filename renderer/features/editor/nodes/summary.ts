// The one-line node summary is shared with the vector renderer (exports, report, slides).
export { formatDuration, summarizeNode } from '../../../../shared/render/node-summary';
