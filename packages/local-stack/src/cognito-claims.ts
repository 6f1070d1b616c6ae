import { randomUUID } from 'node:crypto';
import type { ClaimsAndScopeOverrideDetails, PreTokenEvent } from '@hjemmestotte/lambda-kit/pre-token';

/**
 * What Cognito mints, as the local stand-in mints it. Access-token claims per the Cognito developer guide
 * ("Understanding the access token"): a user's token carries sub, cognito:groups (only when the user is in
 * a group), iss, version, client_id, origin_jti, event_id, token_use, scope, auth_time, exp, iat, jti and
 * username — never email or other profile attributes. A client-credentials token carries sub (the client
 * id), token_use, scope, auth_time, iss, exp, iat, version, jti and client_id. The pre-token trigger then
 * adds or overrides claims, exactly as Cognito applies its response. `test/cognito-claims.test.ts` pins it.
 */
export type Claims = Record<string, unknown>;

export interface LocalUser {
  sub: string;
  username: string;
  attributes: Record<string, string>;
  groups: string[];
}

export interface Session {
  authTime: number;
  originJti: string;
  eventId: string;
}

export const newSession = (now: number): Session => ({
  authTime: now,
  originJti: randomUUID(),
  eventId: randomUUID(),
});

export const userAccessClaims = (
  issuer: string,
  clientId: string,
  user: LocalUser,
  scopes: string[],
  session: Session,
  now: number,
  expiresIn: number,
): Claims => ({
  sub: user.sub,
  ...(user.groups.length > 0 ? { 'cognito:groups': [...user.groups] } : {}),
  iss: issuer,
  version: 2,
  client_id: clientId,
  origin_jti: session.originJti,
  event_id: session.eventId,
  token_use: 'access',
  scope: scopes.join(' '),
  auth_time: session.authTime,
  exp: now + expiresIn,
  iat: now,
  jti: randomUUID(),
  username: user.username,
});

/** The ID token (OIDC): the user's attributes, `aud` = the client. */
export const userIdClaims = (
  issuer: string,
  clientId: string,
  user: LocalUser,
  session: Session,
  now: number,
  expiresIn: number,
): Claims => ({
  sub: user.sub,
  ...(user.groups.length > 0 ? { 'cognito:groups': [...user.groups] } : {}),
  email_verified: user.attributes.email_verified === 'true',
  iss: issuer,
  'cognito:username': user.username,
  origin_jti: session.originJti,
  aud: clientId,
  event_id: session.eventId,
  token_use: 'id',
  auth_time: session.authTime,
  exp: now + expiresIn,
  iat: now,
  jti: randomUUID(),
  ...(user.attributes.email ? { email: user.attributes.email } : {}),
});

export const clientAccessClaims = (
  issuer: string,
  clientId: string,
  scopes: string[],
  now: number,
  expiresIn: number,
): Claims => ({
  sub: clientId,
  token_use: 'access',
  scope: scopes.join(' '),
  auth_time: now,
  iss: issuer,
  exp: now + expiresIn,
  iat: now,
  version: 2,
  jti: randomUUID(),
  client_id: clientId,
});

/** The V2_0/V3_0 event Cognito sends the trigger before it signs. */
export const preTokenEvent = (
  triggerSource: string,
  userPoolId: string,
  clientId: string,
  scopes: string[],
  user?: LocalUser,
): PreTokenEvent => ({
  version: '3',
  triggerSource,
  region: 'local',
  userPoolId,
  ...(user ? { userName: user.username } : {}),
  callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId },
  request: {
    userAttributes: user ? { ...user.attributes } : {},
    groupConfiguration: {
      groupsToOverride: user ? [...user.groups] : [],
      iamRolesToOverride: [],
      preferredRole: null,
    },
    scopes: [...scopes],
  },
  response: { claimsAndScopeOverrideDetails: null },
});

/** Claims the trigger may not add, override or suppress (Cognito rejects such a response). */
const RESERVED = new Set([
  'acr',
  'amr',
  'aud',
  'auth_time',
  'azp',
  'client_id',
  'exp',
  'iat',
  'identities',
  'iss',
  'jti',
  'nbf',
  'nonce',
  'origin_jti',
  'sub',
  'token_use',
  'username',
  'cognito:username',
  'cognito:groups',
  'scope',
  'event_id',
  'version',
]);

const applyClaims = (claims: Claims, add?: Record<string, unknown>, suppress?: string[]): Claims => {
  const out = { ...claims };
  for (const name of [...Object.keys(add ?? {}), ...(suppress ?? [])])
    if (RESERVED.has(name)) throw new Error(`the pre-token trigger may not change the claim ${name}`);
  for (const name of suppress ?? []) delete out[name];
  Object.assign(out, add ?? {});
  return out;
};

/** Applies the trigger's response as Cognito does: claims, then scopes, then the group override. */
export const applyOverrides = (
  access: Claims,
  id: Claims | undefined,
  details: ClaimsAndScopeOverrideDetails | null,
): { access: Claims; id: Claims | undefined } => {
  if (!details) return { access, id };
  const a = details.accessTokenGeneration;
  let nextAccess = applyClaims(access, a?.claimsToAddOrOverride, a?.claimsToSuppress);
  if (a?.scopesToAdd || a?.scopesToSuppress) {
    const scopes = new Set(
      String(nextAccess.scope ?? '')
        .split(' ')
        .filter(Boolean),
    );
    for (const s of a.scopesToSuppress ?? []) scopes.delete(s);
    for (const s of a.scopesToAdd ?? []) scopes.add(s);
    nextAccess = { ...nextAccess, scope: [...scopes].join(' ') };
  }
  let nextId =
    id &&
    applyClaims(
      id,
      details.idTokenGeneration?.claimsToAddOrOverride,
      details.idTokenGeneration?.claimsToSuppress,
    );
  const groups = details.groupOverrideDetails?.groupsToOverride;
  if (groups && access.token_use === 'access' && access.username !== undefined) {
    nextAccess = { ...nextAccess, 'cognito:groups': [...groups] };
    if (nextId) nextId = { ...nextId, 'cognito:groups': [...groups] };
  }
  return { access: nextAccess, id: nextId };
};
