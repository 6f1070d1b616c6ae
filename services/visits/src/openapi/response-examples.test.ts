import { providerCaseViewSchema } from '@hjemmestotte/domain';
import { routesOf } from '@hjemmestotte/wiring';
import { describe, expect, it } from 'vitest';
import { providerCaseViewExample, responseExamples } from './response-examples.ts';
import { routeDocs } from './route-docs.ts';

describe('the document’s example answers', () => {
  it('has one for every wired route, and each is valid under that route’s strict schema', () => {
    for (const r of routesOf()) {
      const key = `${r.method} ${r.path}`;
      const schema = routeDocs[key]?.success.schema;
      expect(schema, key).toBeDefined();
      expect(key in responseExamples, key).toBe(true);
      const parsed = schema?.safeParse(responseExamples[key]);
      expect(parsed?.error?.issues ?? [], key).toEqual([]);
    }
  });

  it('shows the provider’s view of a case too, valid under its schema', () => {
    expect(providerCaseViewSchema.safeParse(providerCaseViewExample).error?.issues ?? []).toEqual([]);
  });
});
