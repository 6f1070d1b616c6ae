import { createHttpHandler, env, loadConfig, route, verifierFromEnv } from '@hjemmestotte/lambda-kit';
import { openApiDocument } from '../openapi/document.ts';

// A function of its own: the document's response schemas, examples and zod-to-openapi are a fifth of the
// provider API's bundle and were built at each of its cold starts, for a route none of its callers needs.
const config = loadConfig({ OAUTH_BASE_URL: env.url });
let openApi: ReturnType<typeof openApiDocument> | undefined;

export const handler = createHttpHandler({
  verifier: verifierFromEnv,
  routes: {
    'GET /openapi.json': route({
      roles: 'public',
      run: async () => {
        openApi ??= openApiDocument({ oauthBaseUrl: config.OAUTH_BASE_URL });
        return { status: 200, body: openApi };
      },
    }),
  },
});
