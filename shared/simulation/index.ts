export * from './population';
export * from './scenario';
export * from './result';
export * from './limits';
