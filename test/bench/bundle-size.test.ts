import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { functions, maxBundleBytes } from '@hjemmestotte/wiring';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Bundle, bundleAll } from './bundle-size.ts';

// A size limit, not a timing: every function bundled exactly as CDK deploys it (test/bench/bundle-size.ts
// prints the figures and the largest bundle's contributors).
describe('function bundles as deployed', () => {
  let bundles: Bundle[];
  beforeAll(async () => {
    bundles = (await bundleAll(functions, mkdtempSync(join(tmpdir(), 'bundle-limit-')))).slice(1);
  }, 300_000);

  it.each(functions.map((f) => f.id))(`%s weighs at most ${maxBundleBytes} bytes`, (id) => {
    const b = bundles.find((x) => x.id === id);
    expect(b?.bytes, id).toBeGreaterThan(0);
    expect(b?.bytes, id).toBeLessThanOrEqual(maxBundleBytes);
  });

  it('carries none of zod’s locales (only the English messages zod registers itself)', () => {
    for (const b of bundles) {
      const locales = b.inputs.filter(
        (p) => p.includes('/zod/') && p.includes('/locales/') && !p.endsWith('/en.js'),
      );
      expect(locales, b.id).toEqual([]);
    }
  });

  it('keeps the law engine, the calendar and the event catalog out of the outbox relays', () => {
    const relays = bundles.filter((b) => b.id.endsWith('-outbox'));
    expect(relays.length).toBeGreaterThan(0);
    for (const b of relays) {
      const ours = b.inputs.filter((p) => /^(packages|services)\//.test(p));
      expect(
        ours.filter((p) => /domain\/src\/(law|calendar)\//.test(p)),
        b.id,
      ).toEqual([]);
      expect(
        ours.filter((p) => p.includes('events/src/catalog/')),
        b.id,
      ).toEqual([]);
    }
  });

  it('carries only the environment link of the SDK’s credential chain (Lambda sets the role’s keys there)', () => {
    const chain =
      /@aws-sdk\/(credential-provider-(node|ini|sso|process|web-identity|http|login)|nested-clients|token-providers)\/|@smithy\/credential-provider-imds\//;
    const withSdk = bundles.filter((b) => b.inputs.some((p) => p.includes('/@aws-sdk/client-')));
    expect(withSdk.length).toBeGreaterThan(0);
    for (const b of bundles)
      expect(
        b.inputs.filter((p) => chain.test(p)),
        b.id,
      ).toEqual([]);
    for (const b of withSdk)
      expect(b.inputs, b.id).toContain('packages/lambda-kit/src/lambda-credentials.ts');
  });

  it('keeps the OpenAPI document, its schemas and generator in the one function serving /openapi.json', () => {
    const serving = functions
      .filter((f) => f.routes?.some((r) => r.path === '/openapi.json'))
      .map((f) => f.id);
    expect(serving).toEqual(['visits-openapi']);
    for (const b of bundles) {
      const openapi = b.inputs.filter(
        (p) => p.includes('/@asteasolutions/zod-to-openapi/') || p.startsWith('services/visits/src/openapi/'),
      );
      if (serving.includes(b.id)) expect(openapi.length, b.id).toBeGreaterThan(0);
      else expect(openapi, b.id).toEqual([]);
    }
  });

  it('carries no date-holidays family (the helligdage are computed in packages/domain)', () => {
    for (const b of bundles) {
      const names = b.contributors.map((c) => c.name);
      for (const dep of ['date-holidays', 'moment', 'moment-timezone', 'astronomia'])
        expect(names, b.id).not.toContain(dep);
    }
  });
});
