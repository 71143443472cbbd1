export { renderJourneySvg, type RenderedJourney, type RenderOptions } from './journey-svg';
export { routeEdges, type Box, type EdgeRoute, type Point } from './edge-routes';
export { simFigures, flowWidth, type SimFigures } from './sim-figures';
export { PALETTES, FONT_STACK, type RenderTheme, type RenderPalette } from './theme';
export { summarizeNode, formatDuration, type ListNames } from './node-summary';
