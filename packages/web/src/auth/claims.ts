export type Role = 'caseworker' | 'teamleader' | 'admin' | 'provider';

export interface User {
  role: Role;
  email?: string;
  providerId?: string;
}

const decode = (jwt: string): Record<string, unknown> => {
  const part = jwt.split('.')[1] ?? '';
  const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0))));
};

const roles: Role[] = ['caseworker', 'teamleader', 'admin', 'provider'];

/**
 * Who is signed in, for display and navigation only (the API authorizes every call): the ID token's
 * `cognito:groups` and `email`, or the access token's when there is no ID token (the local token).
 */
export const userOf = (idToken: string | undefined, accessToken: string): User | undefined => {
  const c = { ...decode(accessToken), ...(idToken ? decode(idToken) : {}) };
  const groups = Array.isArray(c['cognito:groups']) ? (c['cognito:groups'] as string[]) : [];
  const providerId = typeof c['provider_id'] === 'string' ? c['provider_id'] : undefined;
  const role = providerId ? 'provider' : roles.find((r) => groups.includes(r));
  if (!role) return undefined;
  return {
    role,
    ...(typeof c['email'] === 'string' ? { email: c['email'] } : {}),
    ...(providerId ? { providerId } : {}),
  };
};
