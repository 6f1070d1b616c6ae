import { environmentOf, functions, loadMunicipality, tableNames } from '@hjemmestotte/wiring';
import { describe, expect, it } from 'vitest';
import { localResources, unionEnvironment } from '../src/environment.ts';

const resources = localResources(
  loadMunicipality('demo'),
  Object.fromEntries(tableNames.map((t) => [t, `demo-${t}`])) as never,
  'http://127.0.0.1:3000',
);

describe('the local environment', () => {
  it('gives every function each variable of its own bindings, with the same value as its own environment', () => {
    const union = unionEnvironment(functions, resources);
    for (const spec of functions) {
      for (const [k, v] of Object.entries(environmentOf(spec, resources)))
        expect(union[k], `${spec.id} ${k}`).toBe(v);
    }
  });
});
