import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../packages/local-stack/src/seed.ts';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import { getToken, runIntegration } from '../../packages/provider-example/src/integration.ts';

/**
 * Issue 15: the example integration (a client generated from the served document) works against the
 * running API, not only in the type checker.
 */
describe('the example provider integration', () => {
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startLocalStack({});
    await seedDemo(stack);
  });
  afterAll(() => stack?.stop());

  it('gets a token by client credentials, logs a visit, retries it safely and submits a letter', async () => {
    const { clientId, clientSecret } = stack.oauth2.registerProviderClient('familiehuset');
    const token = await getToken(`${stack.apiUrl}/oauth2/token`, clientId, clientSecret);
    const result = await runIntegration(stack.apiUrl, token);
    expect(result.caseIds).toHaveLength(1);
    expect(result.replayed).toBe(true);
    expect(result.reportId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('is refused a token with a wrong secret', async () => {
    const { clientId } = stack.oauth2.registerProviderClient('familiehuset');
    await expect(getToken(`${stack.apiUrl}/oauth2/token`, clientId, 'wrong')).rejects.toThrow(
      /400 invalid_client/,
    );
  });
});
