import { routesOf } from '@hjemmestotte/wiring';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../services/visits/src/openapi/document.ts';

type Operation = {
  security?: unknown[];
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
  parameters?: { name: string; in: string; required?: boolean }[];
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
};
const doc = openApiDocument() as unknown as {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
  security: unknown[];
};
const op = (method: string, path: string) => doc.paths[path]?.[method.toLowerCase()];

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document by a real validator', async () => {
    const result = await new Validator().validate(structuredClone(doc) as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe('3.1.0');
  });

  it('lists every route of the wiring description, and nothing else', () => {
    const wired = routesOf()
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    expect(documented).toEqual(wired);
    expect(wired).toContain('POST /v1/cases/{caseId}/visits');
    expect(wired).toContain('GET /openapi.json');
  });

  it('gives every route that takes a body its request schema from the domain', () => {
    for (const r of routesOf().filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method))) {
      const body = op(r.method, r.path)?.requestBody?.content['application/json']?.schema;
      expect(body?.$ref, r.routeKey).toMatch(/^#\/components\/schemas\//);
    }
    expect(
      op('POST', '/v1/cases/{caseId}/visits')?.requestBody?.content['application/json']?.schema.$ref,
    ).toBe('#/components/schemas/Visit');
    expect(doc.components.schemas).toHaveProperty('StatusReport');
  });

  it('answers problem+json for every error of every route, and 422/413 where a body is taken', () => {
    for (const r of routesOf()) {
      const responses = op(r.method, r.path)?.responses ?? {};
      const errors = Object.entries(responses).filter(([code]) => Number(code) >= 400);
      expect(errors.length, r.routeKey).toBeGreaterThan(0);
      for (const [, res] of errors) {
        expect(res.content?.['application/problem+json']?.schema.$ref).toBe('#/components/schemas/Problem');
      }
    }
    expect(Object.keys(op('POST', '/v1/cases/{caseId}/visits')?.responses ?? {})).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '404', '409', '413', '422']),
    );
  });

  it('requires an OAuth2 token everywhere but on the document itself, with the scope of the caller kind', () => {
    expect(doc.components.securitySchemes.oauth2).toMatchObject({
      type: 'oauth2',
      flows: {
        clientCredentials: {
          tokenUrl: '/oauth2/token',
          scopes: { 'hjemmestotte-api/provider': expect.any(String) },
        },
        authorizationCode: { authorizationUrl: '/oauth2/authorize', tokenUrl: '/oauth2/token' },
      },
    });
    expect(doc.security).toEqual([{ oauth2: [] }]);
    expect(op('GET', '/openapi.json')?.security).toEqual([]);
    expect(op('GET', '/v1/provider/cases')?.security).toEqual([{ oauth2: ['hjemmestotte-api/provider'] }]);
    expect(op('POST', '/v1/cases')?.security).toEqual([{ oauth2: ['hjemmestotte-api/user'] }]);
    expect(op('GET', '/v1/cases/{caseId}/visits')?.security).toEqual([
      { oauth2: ['hjemmestotte-api/user'] },
      { oauth2: ['hjemmestotte-api/provider'] },
    ]);
  });

  it('documents the idempotency lifetime and the replay header on provider writes', () => {
    const visit = op('POST', '/v1/cases/{caseId}/visits') as unknown as {
      parameters: { name: string; schema: { description: string } }[];
      responses: Record<string, { headers?: Record<string, unknown> }>;
    };
    const key = visit.parameters.find((p) => p.name === 'Idempotency-Key');
    expect(JSON.stringify(key)).toContain('24 hours');
    expect(visit.responses['201']?.headers).toHaveProperty('Idempotent-Replayed');
  });

  it('declares the Idempotency-Key header on provider writes and the path parameters', () => {
    for (const path of ['/v1/cases/{caseId}/visits', '/v1/cases/{caseId}/status-reports']) {
      const params = op('POST', path)?.parameters ?? [];
      expect(params).toContainEqual(
        expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }),
      );
      expect(params).toContainEqual(expect.objectContaining({ name: 'caseId', in: 'path', required: true }));
    }
  });
});
