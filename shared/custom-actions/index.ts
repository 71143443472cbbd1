export * from './definition';
export * from './modules';
export * from './usage';
export * from './credentials';
