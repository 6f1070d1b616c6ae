/** The few API calls the admin commands make, with the admin's bearer token. */
export const apiCall = async (
  apiUrl: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
) => {
  const res = await fetch(`${apiUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
};

/** Local stack only: a token for any role from its issuer (`POST /_local/token`). */
export const localToken = async (apiUrl: string, request: Record<string, string>): Promise<string> => {
  const res = await fetch(`${apiUrl}/_local/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  if (!res.ok) throw new Error(`local token: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
};
