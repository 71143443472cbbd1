export * from './common';
export * from './criteria';
export * from './nodes';
export * from './outputs';
export * from './journey';
export * from './workspace';
export * from './ids';
export * from './node-labels';
