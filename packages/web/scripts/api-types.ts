import { mkdir, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '../../../services/visits/src/openapi/document.ts';

/**
 * The API's types, generated from the same OpenAPI document `GET /openapi.json` serves: a changed schema
 * breaks the app's type check, not its users.
 */
export const writeApiTypes = async () => {
  const doc = openApiDocument();
  const ast = await openapiTS(JSON.parse(JSON.stringify(doc)));
  const out = new URL('../src/api/schema.d.ts', import.meta.url);
  await mkdir(new URL('.', out), { recursive: true });
  await writeFile(
    out,
    `// Generated from /openapi.json by scripts/api-types.ts. Do not edit.\n${astToString(ast)}`,
  );
};

if (import.meta.url === `file://${process.argv[1]}`) await writeApiTypes();
