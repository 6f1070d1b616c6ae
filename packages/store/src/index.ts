export * from './case-item.ts';
export * from './keys.ts';
