/**
 * The pre-token-generation trigger's rules, pure: a Cognito V2_0/V3_0 trigger event in, the
 * `claimsAndScopeOverrideDetails` Cognito applies out. The AWS Lambda (`infra/src/pre-token/handler.ts`)
 * and the local token issuer (`packages/local-stack/src/token-issuer.ts`) both call this one function, so
 * the tokens the API sees locally and in AWS cannot drift. No AWS SDK, no I/O: the adapter looks up what the
 * event does not carry (the app client's name) and passes it in.
 *
 * Cognito access tokens carry no `email` and no profile: the API needs the staff member's work address
 * (reminders, audit), so the trigger adds it from the user's attributes. Provider clients (client
 * credentials) get `provider_id`, read from the client's name. Federated users' IdP groups (mapped by
 * Cognito to the custom attribute `custom:idp_groups`) become our roles through `cognito:groups`.
 */
import type { UserRole } from '../principal.ts';

/** Trigger sources of a V2_0/V3_0 pre-token event (Cognito developer guide, "Pre token generation"). */
export type PreTokenTriggerSource =
  | 'TokenGeneration_HostedAuth'
  | 'TokenGeneration_Authentication'
  | 'TokenGeneration_NewPasswordChallenge'
  | 'TokenGeneration_AuthenticateDevice'
  | 'TokenGeneration_RefreshTokens'
  | 'TokenGeneration_ClientCredentials';

export interface GroupConfiguration {
  groupsToOverride?: string[];
  iamRolesToOverride?: string[];
  preferredRole?: string | null;
}

/** The V2_0/V3_0 event as Cognito sends it (the fields this trigger reads and the stand-in writes). */
export interface PreTokenEvent {
  version: string;
  triggerSource: PreTokenTriggerSource | string;
  region: string;
  userPoolId: string;
  userName?: string;
  callerContext: { awsSdkVersion: string; clientId: string };
  request: {
    userAttributes: Record<string, string>;
    groupConfiguration: GroupConfiguration;
    scopes?: string[];
    clientMetadata?: Record<string, string>;
  };
  response: { claimsAndScopeOverrideDetails: ClaimsAndScopeOverrideDetails | null };
}

export interface ClaimsAndScopeOverrideDetails {
  idTokenGeneration?: { claimsToAddOrOverride?: Record<string, unknown>; claimsToSuppress?: string[] };
  accessTokenGeneration?: {
    claimsToAddOrOverride?: Record<string, unknown>;
    claimsToSuppress?: string[];
    scopesToAdd?: string[];
    scopesToSuppress?: string[];
  };
  groupOverrideDetails?: GroupConfiguration;
}

/** How a provider's app client is named; onboarding, rotation, offboarding and this trigger share it. */
const PROVIDER_CLIENT_PREFIX = 'provider-';
export const providerClientName = (providerId: string): string => `${PROVIDER_CLIENT_PREFIX}${providerId}`;
export const providerIdOfClientName = (clientName: string | undefined): string | undefined =>
  clientName?.startsWith(PROVIDER_CLIENT_PREFIX) && clientName.length > PROVIDER_CLIENT_PREFIX.length
    ? clientName.slice(PROVIDER_CLIENT_PREFIX.length)
    : undefined;

/** The custom attribute a federated IdP's groups claim is mapped to (attribute mapping in Cognito). */
export const IDP_GROUPS_ATTRIBUTE = 'custom:idp_groups';

/** An IdP group name → our role, from the municipality file (`identity.federation.roleMapping`). */
export type RoleMapping = Readonly<Record<string, UserRole>>;

export interface PreTokenContext {
  /** The app client's name; only needed (and only looked up) for client-credentials events. */
  clientName?: string;
  roleMapping?: RoleMapping;
}

/**
 * Cognito passes a mapped multi-valued claim as one string: a JSON array, or `[a, b]`, or a comma or
 * space separated list depending on the IdP. Accept all of them.
 */
export const parseIdpGroups = (value: string | undefined): string[] => {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed)) return parsed.filter((g): g is string => typeof g === 'string');
  } catch {
    // not JSON: fall through to the list forms
  }
  return value
    .replace(/^\[|\]$/g, '')
    .split(/[,\s]+/)
    .map((g) => g.trim())
    .filter((g) => g.length > 0);
};

/** A provider's own staff signing in to the web app: user attribute and group that make them the provider. */
export const PROVIDER_ID_ATTRIBUTE = 'custom:provider_id';

export const preTokenOverrides = (
  event: PreTokenEvent,
  context: PreTokenContext = {},
): ClaimsAndScopeOverrideDetails => {
  if (event.triggerSource === 'TokenGeneration_ClientCredentials') {
    const providerId = providerIdOfClientName(context.clientName);
    // A client that is not a provider's gets no provider_id: the API then refuses its provider scope.
    return providerId
      ? { accessTokenGeneration: { claimsToAddOrOverride: { provider_id: providerId } } }
      : {};
  }
  const groups = event.request.groupConfiguration.groupsToOverride ?? [];
  const providerId = event.request.userAttributes[PROVIDER_ID_ATTRIBUTE];
  const userScope = (event.request.scopes ?? []).find((s) => s.endsWith('/user'));
  if (providerId && groups.includes('provider') && userScope) {
    // A provider's staff in the web app act as the provider: its scope and provider_id, never staff rights.
    const providerScope = `${userScope.slice(0, -'/user'.length)}/provider`;
    return {
      accessTokenGeneration: {
        claimsToAddOrOverride: { provider_id: providerId },
        scopesToAdd: [providerScope],
        scopesToSuppress: [userScope],
      },
    };
  }
  const details: ClaimsAndScopeOverrideDetails = {};
  const email = event.request.userAttributes.email?.trim().toLowerCase();
  if (email) details.accessTokenGeneration = { claimsToAddOrOverride: { email } };
  const mapping = context.roleMapping ?? {};
  // Only a user who signed in through the IdP (Cognito sets `identities` for them) has groups from it: a
  // pool user's own `custom:idp_groups`, however it got there, never grants a role.
  const federated = Boolean(event.request.userAttributes.identities);
  const idpGroups = federated ? parseIdpGroups(event.request.userAttributes[IDP_GROUPS_ATTRIBUTE]) : [];
  const mapped = idpGroups
    // Own keys only: an IdP group named `constructor` must not reach the prototype.
    .flatMap((g) => (Object.hasOwn(mapping, g) ? [mapping[g] as UserRole] : []));
  if (mapped.length > 0) {
    details.groupOverrideDetails = {
      ...event.request.groupConfiguration,
      groupsToOverride: [...new Set([...groups, ...mapped])],
    };
  }
  return details;
};
