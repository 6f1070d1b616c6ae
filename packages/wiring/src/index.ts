export * from './bindings.ts';
export * from './bundling.ts';
export * from './edge.ts';
export * from './function-spec.ts';
export * from './functions.ts';
export * from './load-municipality.ts';
export * from './municipality.ts';
export * from './tables.ts';
