export * from './status-rules';
export * from './history';
export * from './transitions';
export * from './duplicate';
export * from './versions';
export * from './references';
export * from './problem';
export * from './action-notes';
