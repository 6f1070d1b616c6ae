import * as z from 'zod';

// GET /openapi.json answers this document. Its outer levels (document, info, servers, tags, operations) are
// strict here like every other answer. What lies inside an operation's parameters, bodies and responses and
// under `components` is JSON Schema and OpenAPI's own objects: their schema is the OpenAPI 3.1 schema itself
// (https://spec.openapis.org/oas/3.1/schema), not repeated here. test/e2e/response-shapes.e2e.test.ts checks
// the served document both with this schema and with a real OpenAPI 3.1 validator.

const SPEC = 'https://spec.openapis.org/oas/v3.1.0';
const specObject = (what: string, anchor: string) =>
  z.looseObject({}).meta({
    description: `${what}, as OpenAPI 3.1 defines it`,
    externalDocs: { url: `${SPEC}#${anchor}` },
  });

const securityRequirement = z
  .record(z.string().regex(/^oauth2$/), z.array(z.string().meta({ example: 'hjemmestotte-api/user' })))
  .meta({ description: 'The scheme (`oauth2`) and the scopes it needs; an empty list: none' });

const operationSchema = z
  .object({
    operationId: z.string().meta({ example: 'getCase' }),
    tags: z.array(z.string().meta({ example: 'cases' })),
    summary: z.string(),
    description: z.string(),
    security: z.array(securityRequirement),
    parameters: z.array(specObject('A parameter', 'parameter-object')).optional(),
    requestBody: specObject('The request body', 'request-body-object').optional(),
    responses: z
      .record(z.string().regex(/^[1-5]\d\d$/), specObject('A response', 'response-object'))
      .meta({ description: 'Every answer by its status code' }),
  })
  .strict()
  .meta({ id: 'OpenApiOperation', description: 'One operation: a method on a path' });

export const openApiDocumentSchema = z
  .object({
    openapi: z.literal('3.1.0'),
    info: z
      .object({
        title: z.string().meta({ example: 'Hjemmestøtte API' }),
        version: z.string().meta({ example: '1.0.0' }),
        description: z.string(),
        contact: z.object({ name: z.string() }).strict(),
      })
      .strict(),
    servers: z
      .array(z.object({ url: z.string().meta({ example: '/' }), description: z.string() }).strict())
      .meta({ description: 'This installation: the origin that served the document' }),
    tags: z.array(z.object({ name: z.string(), description: z.string() }).strict()),
    security: z.array(securityRequirement),
    paths: z
      .record(
        z.string().regex(/^\//),
        z.partialRecord(z.enum(['get', 'put', 'post', 'patch', 'delete']), operationSchema),
      )
      .meta({ description: 'Every route by path and method' }),
    webhooks: z.record(z.string(), specObject('A webhook', 'path-item-object')).meta({ description: 'None' }),
    components: z
      .object({
        schemas: z.record(z.string(), specObject('A JSON Schema', 'schema-object')),
        parameters: z.record(z.string(), specObject('A parameter', 'parameter-object')).optional(),
        securitySchemes: z.record(z.string(), specObject('A security scheme', 'security-scheme-object')),
      })
      .strict(),
  })
  .strict()
  .meta({
    id: 'OpenApiDocument',
    description: 'This document, OpenAPI 3.1',
    externalDocs: { url: SPEC },
  });
