import { fileURLToPath } from 'node:url';
import { functions, loadMunicipality, type RateLimit, rateLimits } from '@hjemmestotte/wiring';
import { createTables, startDynamoDbLocal } from './dynamodb-local.ts';
import { API_AUDIENCE, localResources, sdkEnvironment, unionEnvironment } from './environment.ts';
import { startEventBus } from './event-bus.ts';
import { freePort } from './free-port.ts';
import { createFunctionRuntime } from './function-runtime.ts';
import { startGateway } from './gateway.ts';
import { localRoutes } from './local-routes.ts';
import { createOAuth2 } from './oauth2.ts';
import { createScheduler } from './scheduler.ts';
import { startSesLocal } from './ses-local.ts';
import { startStreamPoller } from './stream-poller.ts';
import { createTokenIssuer } from './token-issuer.ts';
import { createWebFiles } from './web-files.ts';

export interface LocalStackOptions {
  municipality?: string;
  /** 0 picks a free port (tests); `pnpm dev` uses the contract's 3000 and 8005. */
  apiPort?: number;
  sesPort?: number;
  /** Fire schedules by the clock, as in AWS (dev); tests fire them through `/_local/schedules`. */
  autoFire?: boolean;
  /** The edge's rate limits; tests may lower them to reach a limit quickly. */
  rateLimits?: readonly RateLimit[];
  /** The built web app to serve at `/` (default `packages/web/dist`; served when it exists). */
  webRoot?: string;
  /** Emails link to the web app's case page instead of the municipality's own case system. */
  appLinks?: boolean;
}

export type LocalStack = Awaited<ReturnType<typeof startLocalStack>>;

/** Starts every part of the local stack from the wiring description; `stop()` ends all of it. */
export const startLocalStack = async (options: LocalStackOptions = {}) => {
  const municipality = loadMunicipality(options.municipality ?? 'demo');
  const apiPort = options.apiPort || (await freePort());
  const sesPort = options.sesPort || (await freePort());
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const stoppers: (() => Promise<void> | void)[] = [];
  const stop = async () => {
    for (const s of stoppers.reverse()) await s();
  };
  try {
    const dynamo = await startDynamoDbLocal();
    stoppers.push(dynamo.stop);
    const tableNames = await createTables(dynamo.endpoint, `${municipality.id}-`);
    const ses = await startSesLocal(sesPort);
    stoppers.push(ses.stop);
    const resources = localResources(municipality, tableNames, apiUrl);
    // Staff links to the web app's case page (`WEB_ORIGIN/sager/<caseId>`), not the demo case system.
    if (options.appLinks) resources.common.CASE_LINK_TEMPLATE = '';
    const runtime = createFunctionRuntime(functions);
    const bus = await startEventBus(runtime, resources.eventBusName);
    stoppers.push(bus.stop);
    Object.assign(process.env, unionEnvironment(functions, resources), {
      ...sdkEnvironment({ dynamodb: dynamo.endpoint, eventbridge: bus.endpoint, ses: ses.endpoint }),
    });
    const issuer = await createTokenIssuer(resources.auth.issuer, API_AUDIENCE);
    const scheduler = createScheduler(runtime, municipality.policy);
    stoppers.push(scheduler.stop);
    const streams = await startStreamPoller(dynamo.endpoint, tableNames, runtime);
    stoppers.push(streams.stop);
    const oauth2 = createOAuth2(issuer, apiUrl);
    const routes = localRoutes(issuer, scheduler, oauth2);
    const webRoot = options.webRoot ?? fileURLToPath(new URL('../../web/dist/', import.meta.url));
    const gateway = await startGateway(
      apiPort,
      runtime,
      routes,
      options.rateLimits ?? rateLimits,
      createWebFiles(webRoot, webConfig(apiUrl)),
      oauth2.handle,
    );
    stoppers.push(gateway.stop);
    if (options.autoFire) scheduler.autoFire();
    return {
      municipality,
      apiUrl: gateway.url,
      sesUrl: ses.endpoint,
      dynamoEndpoint: dynamo.endpoint,
      tableNames,
      bus,
      issuer,
      oauth2,
      scheduler,
      runtime,
      /** Waits until no event delivery or stream batch is in flight. */
      async settle() {
        for (let i = 0; i < 3; i++) {
          await bus.idle();
          await streams.idle();
        }
        await bus.idle();
      },
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
};

/**
 * The web app's `/config.json` on the local stack: the local issuer's OAuth2 endpoints, on the same paths
 * as Cognito's managed login, for the public client `web` (authorization code with PKCE).
 */
const webConfig = (apiUrl: string) => ({
  clientId: 'web',
  scope: `openid email ${API_AUDIENCE}/user`,
  apiBase: '',
  authorizeUrl: `${apiUrl}/oauth2/authorize`,
  tokenUrl: '/oauth2/token',
  logoutUrl: '/logout',
});
