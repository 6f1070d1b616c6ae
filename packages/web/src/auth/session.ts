import { type User, userOf } from './claims.ts';
import type { AppConfig } from './config.ts';
import { challengeOf, randomToken } from './pkce.ts';

interface Tokens {
  access_token: string;
  id_token?: string;
  refresh_token?: string;
  expires_in: number;
}

// The tokens live in this module only (memory): never localStorage. The PKCE verifier, the state and the
// page to return to sit in sessionStorage for the round trip to the sign-in page, and are removed after.
let tokens: Tokens | undefined;
let user: User | undefined;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();
const ROUND_TRIP = 'hjemmestotte.signin';

export const currentUser = () => user;
export const accessToken = () => tokens?.access_token;
export const onSessionChange = (f: () => void) => {
  listeners.add(f);
  return () => listeners.delete(f);
};

const callbackUrl = () => `${location.origin}/auth/callback`;

const setTokens = (config: AppConfig, next: Tokens) => {
  tokens = { ...next, refresh_token: next.refresh_token ?? tokens?.refresh_token };
  user = userOf(tokens.id_token, tokens.access_token);
  clearTimeout(refreshTimer);
  // Refresh a minute before expiry, so a long form is never sent with an expired token.
  if (tokens.refresh_token && config.tokenUrl)
    refreshTimer = setTimeout(() => void refresh(config), Math.max(5, next.expires_in - 60) * 1000);
  for (const f of listeners) f();
};

const postToken = async (config: AppConfig, form: Record<string, string>) => {
  const res = await fetch(config.tokenUrl ?? '', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  if (!res.ok) throw new Error(`token endpoint answered ${res.status}`);
  return (await res.json()) as Tokens;
};

const refresh = async (config: AppConfig) => {
  const refreshToken = tokens?.refresh_token;
  if (!refreshToken) return;
  try {
    setTokens(
      config,
      await postToken(config, {
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
        client_id: config.clientId,
      }),
    );
  } catch {
    tokens = undefined;
    user = undefined;
    for (const f of listeners) f();
  }
};

/** Starts the authorization code flow with PKCE (S256); comes back to `/auth/callback`. */
export const signIn = async (config: AppConfig, returnTo: string) => {
  const verifier = randomToken();
  const state = randomToken();
  sessionStorage.setItem(ROUND_TRIP, JSON.stringify({ verifier, state, returnTo }));
  const url = new URL(config.authorizeUrl ?? '', location.origin);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: callbackUrl(),
    scope: config.scope,
    state,
    code_challenge: await challengeOf(verifier),
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url.toString());
};

/** Finishes the flow on `/auth/callback`: checks the state, swaps the code; answers where to go next. */
export const completeSignIn = async (config: AppConfig, search: string): Promise<string> => {
  const params = new URLSearchParams(search);
  const saved = JSON.parse(sessionStorage.getItem(ROUND_TRIP) ?? 'null') as {
    verifier: string;
    state: string;
    returnTo: string;
  } | null;
  sessionStorage.removeItem(ROUND_TRIP);
  const code = params.get('code');
  if (!saved || !code || params.get('state') !== saved.state) throw new Error('sign-in state mismatch');
  setTokens(
    config,
    await postToken(config, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: callbackUrl(),
      client_id: config.clientId,
      code_verifier: saved.verifier,
    }),
  );
  return saved.returnTo.startsWith('/') && !saved.returnTo.startsWith('//') ? saved.returnTo : '/';
};

export const signOut = (config: AppConfig) => {
  tokens = undefined;
  user = undefined;
  clearTimeout(refreshTimer);
  if (config.logoutUrl) {
    const url = new URL(config.logoutUrl, location.origin);
    url.search = new URLSearchParams({
      client_id: config.clientId,
      logout_uri: `${location.origin}/`,
    }).toString();
    location.assign(url.toString());
  } else {
    for (const f of listeners) f();
  }
};
