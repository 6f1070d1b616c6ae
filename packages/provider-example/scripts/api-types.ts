import { writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '../../../services/visits/src/openapi/document.ts';

// A provider generates this from `GET /openapi.json` (`npx openapi-typescript <api>/openapi.json -o schema.d.ts`);
// here it comes from the very function that serves that document.
// Fields with a default may be left out of a request: not required in the types either.
const ast = await openapiTS(JSON.parse(JSON.stringify(openApiDocument())), { defaultNonNullable: false });
await writeFile(
  new URL('../src/schema.d.ts', import.meta.url),
  `// Generated from /openapi.json by scripts/api-types.ts. Do not edit.\n${astToString(ast)}`,
);
