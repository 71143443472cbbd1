export * from './types';
export * from './catalog';
export * from './params';
export * from './options';
export * from './missing-option';
export * from './journey-refs';
export * from './json-schema';
export { DATA_KEY_PATTERN } from './actions-control';
export * from './entry-sources';
