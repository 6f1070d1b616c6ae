export * from './catalog/index.ts';
export * from './define-event.ts';
export * from './parse.ts';
export * from './publish.ts';
