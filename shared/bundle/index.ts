export * from './manifest';
export * from './items';
export * from './preview';
export * from './canonical-json';
export * from './references';
export * from './diff';
export * from './preview-words';
