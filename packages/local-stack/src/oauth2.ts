import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { providerClientName } from '@hjemmestotte/lambda-kit/pre-token';
import { type LocalUser, newSession, type Session } from './cognito-claims.ts';
import { errorPage, signInPage } from './sign-in-page.ts';
import { localProviderClientId, localUser, type TokenIssuer, WEB_CLIENT_ID } from './token-issuer.ts';

/**
 * Cognito's managed-login endpoints on the gateway origin, so the web app and providers run one code
 * path locally and in AWS: `GET|POST /oauth2/authorize` (authorization code with PKCE S256 only),
 * `POST /oauth2/token` (authorization_code, refresh_token, client_credentials; Cognito's 400 RFC 6749 errors) and
 * `GET /logout`. Provider clients have secrets, and they are checked.
 */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface Client {
  clientId: string;
  clientName: string;
  secret?: string;
  callbackUrls: string[];
  logoutUrls: string[];
  scopes: string[];
  flows: ('code' | 'client_credentials')[];
}

interface Grant {
  clientId: string;
  redirectUri: string;
  challenge: string;
  scopes: string[];
  user: LocalUser;
  session: Session;
  sessionId: string;
  expiresAt: number;
}

const CODE_LIFETIME_MS = 5 * 60_000; // Cognito's authorization codes last 5 minutes.
const SESSION_COOKIE = 'hjemmestotte_local_session';
const b64url = (b: Buffer) => b.toString('base64url');
const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

const json = (status: number, body: unknown, headers: Record<string, string> = {}): RawResponse => ({
  status,
  headers: {
    'content-type': 'application/json',
    'cache-control': 'no-store',
    pragma: 'no-cache',
    ...headers,
  },
  body: JSON.stringify(body),
});
const html = (status: number, body: string, headers: Record<string, string> = {}): RawResponse => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers },
  body,
});
const redirect = (location: string, headers: Record<string, string> = {}): RawResponse => ({
  status: 302,
  headers: { location, 'cache-control': 'no-store', ...headers },
  body: '',
});
/**
 * An error of the token endpoint as Cognito documents it (developer guide, "Token endpoint", examples of
 * negative responses): `400 Bad Request` with `{"error": …}` for every error it lists — invalid_request,
 * invalid_client, invalid_grant, unauthorized_client, unsupported_grant_type — and invalid_scope. RFC 6749
 * § 5.2 lets a server answer a failed Basic authentication with 401; Cognito answers 400, and providers'
 * code is written against Cognito, so the stand-in does too.
 */
const oauthError = (error: string, description: string) =>
  json(400, { error, error_description: description });

/** A form body's fields; a field sent twice is refused (RFC 6749 § 3.2: "MUST NOT be included more than once"). */
const formFields = (body: string): { fields: Record<string, string> } | { repeated: string } => {
  const fields: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(body)) {
    if (Object.hasOwn(fields, name)) return { repeated: name };
    fields[name] = value;
  }
  return { fields };
};

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** `client_id:client_secret` from HTTP Basic (RFC 6749 § 2.3.1: each form-urlencoded), or undefined if malformed. */
const basicCredentials = (token: string): { id: string; secret: string } | undefined => {
  if (token.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(token)) return undefined;
  try {
    const decoded = utf8.decode(Buffer.from(token, 'base64'));
    const colon = decoded.indexOf(':');
    if (colon < 1) return undefined;
    return {
      id: decodeURIComponent(decoded.slice(0, colon)),
      secret: decodeURIComponent(decoded.slice(colon + 1)),
    };
  } catch {
    return undefined; // not UTF-8, or a broken %-escape
  }
};

export const createOAuth2 = (issuer: TokenIssuer, origin: string) => {
  const audience = issuer.audience;
  const clients = new Map<string, Client>();
  clients.set(WEB_CLIENT_ID, {
    clientId: WEB_CLIENT_ID,
    clientName: 'web',
    callbackUrls: [`${origin}/`, `${origin}/auth/callback`],
    logoutUrls: [`${origin}/`],
    scopes: ['openid', 'email', `${audience}/user`],
    flows: ['code'],
  });
  const codes = new Map<string, Grant>();
  const refreshTokens = new Map<string, Omit<Grant, 'challenge' | 'redirectUri' | 'expiresAt'>>();

  /** Like CreateUserPoolClient for a provider: a confidential client-credentials client with a secret. */
  const registerProviderClient = (providerId: string) => {
    const clientId = localProviderClientId(providerId);
    const secret = b64url(randomBytes(32));
    clients.set(clientId, {
      clientId,
      clientName: providerClientName(providerId),
      secret,
      callbackUrls: [],
      logoutUrls: [],
      scopes: [`${audience}/provider`],
      flows: ['client_credentials'],
    });
    return { clientId, clientSecret: secret };
  };

  /** Like DeleteUserPoolClient: the client's secret gets no token any more. */
  const removeProviderClient = (providerId: string) => clients.delete(localProviderClientId(providerId));

  /** Checks an authorization request; a bad client or redirect URI is never redirected to (RFC 6749 § 4.1.2.1). */
  const checkAuthorize = (
    q: Record<string, string>,
  ): { page: RawResponse } | { redirectError: RawResponse } | { client: Client; scopes: string[] } => {
    const client = clients.get(q.client_id ?? '');
    if (!client?.flows.includes('code')) return { page: html(400, errorPage('Ukendt klient (client_id).')) };
    if (!q.redirect_uri || !client.callbackUrls.includes(q.redirect_uri))
      return { page: html(400, errorPage('redirect_uri er ikke tilladt for denne klient.')) };
    const fail = (error: string, description: string) => {
      const url = new URL(q.redirect_uri!);
      url.searchParams.set('error', error);
      url.searchParams.set('error_description', description);
      if (q.state) url.searchParams.set('state', q.state);
      return { redirectError: redirect(url.toString()) };
    };
    if (q.response_type !== 'code') return fail('unsupported_response_type', 'response_type must be code');
    if (!q.code_challenge) return fail('invalid_request', 'code_challenge required (PKCE)');
    if (q.code_challenge_method !== 'S256')
      return fail('invalid_request', 'transform algorithm not supported: code_challenge_method must be S256');
    if (!/^[A-Za-z0-9_-]{43}$/.test(q.code_challenge))
      return fail('invalid_request', 'malformed code_challenge');
    const scopes = (q.scope ?? client.scopes.join(' ')).split(' ').filter(Boolean);
    if (scopes.some((s) => !client.scopes.includes(s))) return fail('invalid_scope', 'scope not allowed');
    return { client, scopes };
  };

  const AUTHORIZE_PARAMS = [
    'response_type',
    'client_id',
    'redirect_uri',
    'scope',
    'state',
    'code_challenge',
    'code_challenge_method',
  ];

  const authorizeGet = (q: Record<string, string>): RawResponse => {
    const checked = checkAuthorize(q);
    if ('page' in checked) return checked.page;
    if ('redirectError' in checked) return checked.redirectError;
    const params = Object.fromEntries(
      AUTHORIZE_PARAMS.filter((k) => q[k] !== undefined).map((k) => [k, q[k]!]),
    );
    return html(200, signInPage(params));
  };

  const authorizePost = (form: Record<string, string>, cookie: string | undefined): RawResponse => {
    const checked = checkAuthorize(form);
    if ('page' in checked) return checked.page;
    if ('redirectError' in checked) return checked.redirectError;
    const params = Object.fromEntries(
      AUTHORIZE_PARAMS.filter((k) => form[k] !== undefined).map((k) => [k, form[k]!]),
    );
    const role = form.role ?? '';
    let user: LocalUser;
    if (role === 'provider') {
      const providerId = (form.providerId ?? '').trim();
      if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(providerId))
        return html(
          400,
          signInPage(params, { field: 'providerId', message: 'Skriv leverandørens id, fx hjemmebasen.' }),
        );
      user = { ...localUser(`${providerId}@leverandor.local`, 'provider') };
      user.attributes = { ...user.attributes, 'custom:provider_id': providerId };
    } else if (role === 'caseworker' || role === 'teamleader' || role === 'admin') {
      const email = (form.email ?? '').trim();
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254)
        return html(400, signInPage(params, { field: 'email', message: 'Skriv en gyldig e-mailadresse.' }));
      user = localUser(email, role);
    } else return html(400, signInPage(params, { field: 'email', message: 'Vælg en rolle.' }));
    const sessionId = cookie ?? b64url(randomBytes(16));
    const code = b64url(randomBytes(32));
    codes.set(code, {
      clientId: checked.client.clientId,
      redirectUri: form.redirect_uri!,
      challenge: form.code_challenge!,
      scopes: checked.scopes,
      user,
      session: newSession(Math.floor(Date.now() / 1000)),
      sessionId,
      expiresAt: Date.now() + CODE_LIFETIME_MS,
    });
    const url = new URL(form.redirect_uri!);
    url.searchParams.set('code', code);
    if (form.state) url.searchParams.set('state', form.state);
    return redirect(url.toString(), {
      'set-cookie': `${SESSION_COOKIE}=${sessionId}; Path=/; HttpOnly; SameSite=Lax`,
    });
  };

  /**
   * Client authentication: HTTP Basic (client_secret_basic), the body (client_secret_post) or none (public).
   * One method only (RFC 6749 § 2.3: the client "MUST NOT use more than one authentication method in each
   * request"); a `client_id` in the body beside Basic is allowed (Cognito's own examples send it) if it names
   * the same client.
   */
  const authenticate = (authorization: string | undefined, form: Record<string, string>) => {
    let clientId = form.client_id;
    let secret = form.client_secret;
    if (authorization !== undefined) {
      const m = /^Basic +(\S+)$/i.exec(authorization);
      if (!m) return { error: oauthError('invalid_client', 'unsupported client authentication') };
      const credentials = basicCredentials(m[1]!);
      if (!credentials) return { error: oauthError('invalid_client', 'malformed Basic credentials') };
      if (form.client_secret !== undefined)
        return {
          error: oauthError('invalid_request', 'client credentials in both the Basic header and the body'),
        };
      if (form.client_id !== undefined && form.client_id !== credentials.id)
        return { error: oauthError('invalid_client', 'client_id in the body is not the Basic client') };
      clientId = credentials.id;
      secret = credentials.secret;
    }
    const client = clients.get(clientId ?? '');
    const ok =
      client &&
      (client.secret ? secret !== undefined && sameSecret(secret, client.secret) : secret === undefined);
    if (!client || !ok) return { error: oauthError('invalid_client', 'client authentication failed') };
    return { client };
  };

  const token = async (authorization: string | undefined, contentType: string | undefined, body: string) => {
    if (!/^application\/x-www-form-urlencoded\b/i.test(contentType ?? ''))
      return oauthError('invalid_request', 'the body must be application/x-www-form-urlencoded');
    const parsed = formFields(body);
    if ('repeated' in parsed)
      return oauthError('invalid_request', `${parsed.repeated} is sent more than once`);
    const form = parsed.fields;
    const auth = authenticate(authorization, form);
    if ('error' in auth) return auth.error;
    const client = auth.client;
    switch (form.grant_type) {
      case 'authorization_code': {
        if (!client.flows.includes('code'))
          return oauthError('unauthorized_client', 'this client may not use authorization_code');
        if (!form.code) return oauthError('invalid_request', 'code is required');
        const grant = codes.get(form.code);
        codes.delete(form.code); // single use, whatever the outcome
        if (!grant || grant.expiresAt < Date.now() || grant.clientId !== client.clientId)
          return oauthError('invalid_grant', 'the code is invalid, expired or already used');
        if (form.redirect_uri !== grant.redirectUri)
          return oauthError('invalid_grant', 'redirect_uri mismatch');
        const verifier = form.code_verifier ?? '';
        if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier))
          return oauthError('invalid_grant', 'code_verifier invalid');
        if (b64url(createHash('sha256').update(verifier).digest()) !== grant.challenge)
          return oauthError('invalid_grant', 'code_verifier does not match the code_challenge');
        const tokens = await issuer.issueUser(
          client.clientId,
          grant.user,
          grant.scopes,
          'TokenGeneration_HostedAuth',
          grant.session,
        );
        const refresh = b64url(randomBytes(48));
        refreshTokens.set(refresh, {
          clientId: client.clientId,
          scopes: grant.scopes,
          user: grant.user,
          session: grant.session,
          sessionId: grant.sessionId,
        });
        return json(200, { ...tokens, refresh_token: refresh });
      }
      case 'refresh_token': {
        if (!client.flows.includes('code'))
          return oauthError('unauthorized_client', 'this client may not refresh tokens');
        if (!form.refresh_token) return oauthError('invalid_request', 'refresh_token is required');
        const held = refreshTokens.get(form.refresh_token);
        if (!held || held.clientId !== client.clientId)
          return oauthError('invalid_grant', 'refresh token is invalid or revoked');
        return json(
          200,
          await issuer.issueUser(
            client.clientId,
            held.user,
            held.scopes,
            'TokenGeneration_RefreshTokens',
            held.session,
          ),
        );
      }
      case 'client_credentials': {
        if (!client.secret || !client.flows.includes('client_credentials'))
          return oauthError('unauthorized_client', 'this client may not use client_credentials');
        const scopes = form.scope ? form.scope.split(' ').filter(Boolean) : client.scopes;
        if (scopes.length === 0 || scopes.some((s) => !client.scopes.includes(s)))
          return oauthError('invalid_scope', 'scope not allowed for this client');
        return json(200, await issuer.issueClient(client.clientId, client.clientName, scopes));
      }
      case undefined:
        return oauthError('invalid_request', 'grant_type is required');
      default:
        return oauthError('unsupported_grant_type', `grant_type ${form.grant_type} is not supported`);
    }
  };

  const logout = (q: Record<string, string>, cookie: string | undefined): RawResponse => {
    const client = clients.get(q.client_id ?? '');
    if (!client) return html(400, errorPage('Ukendt klient (client_id).'));
    if (!q.logout_uri || !client.logoutUrls.includes(q.logout_uri))
      return html(400, errorPage('logout_uri er ikke tilladt for denne klient.'));
    if (cookie) for (const [t, held] of refreshTokens) if (held.sessionId === cookie) refreshTokens.delete(t);
    return redirect(q.logout_uri, {
      'set-cookie': `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`,
    });
  };

  const cookieOf = (req: IncomingMessage) =>
    /(?:^|;\s*)hjemmestotte_local_session=([A-Za-z0-9_-]+)/.exec(req.headers.cookie ?? '')?.[1];

  /** The gateway's hook: an answer for these paths, undefined for every other request. */
  const handle = async (req: IncomingMessage, url: URL, body: string): Promise<RawResponse | undefined> => {
    const method = req.method ?? 'GET';
    const query = Object.fromEntries(url.searchParams);
    if (url.pathname === '/oauth2/authorize') {
      if (method === 'GET') return authorizeGet(query);
      if (method === 'POST') {
        if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] ?? ''))
          return html(415, errorPage('Formularen skal sendes som application/x-www-form-urlencoded.'));
        return authorizePost(Object.fromEntries(new URLSearchParams(body)), cookieOf(req));
      }
      return { status: 405, headers: { allow: 'GET, POST' }, body: '' };
    }
    if (url.pathname === '/oauth2/token') {
      if (method !== 'POST') return { status: 405, headers: { allow: 'POST' }, body: '' };
      return token(req.headers.authorization, req.headers['content-type'], body);
    }
    if (url.pathname === '/logout' && method === 'GET') return logout(query, cookieOf(req));
    return undefined;
  };

  return { handle, registerProviderClient, removeProviderClient };
};

export type OAuth2 = ReturnType<typeof createOAuth2>;
