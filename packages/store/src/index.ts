export * from './case-guards.ts';
export * from './case-indexes.ts';
export * from './case-item.ts';
export * from './keys.ts';
export * from './provider-assignments.ts';
export * from './supervision-keys.ts';
export * from './support-terms.ts';
