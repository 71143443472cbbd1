export * from './population';
export * from './scenario';
export * from './result';
export * from './limits';
export * from './soft-stop';
export * from './saved-scenario';
export * from './csv';
