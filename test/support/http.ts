import type { LocalStack } from '../../packages/local-stack/src/stack.ts';
import type { TokenRequest } from '../../packages/local-stack/src/token-issuer.ts';

export const tokenFor = async (stack: LocalStack, request: TokenRequest) =>
  (await stack.issuer.issue(request)).access_token;

/** Calls the local API as a client would; answers the status, the parsed body and the headers. */
export const api = async (
  stack: LocalStack,
  token: string | undefined,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) => {
  const res = await fetch(`${stack.apiUrl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  // biome-ignore lint/suspicious/noExplicitAny: test helper reads arbitrary JSON
  let parsed: any = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: parsed, headers: res.headers };
};
