export type UserRole = 'caseworker' | 'teamleader' | 'admin';
export type Role = UserRole | 'provider';
export const userRoles: UserRole[] = ['caseworker', 'teamleader', 'admin'];

export type Principal =
  | { kind: 'user'; sub: string; email: string; roles: UserRole[] }
  | { kind: 'provider'; sub: string; clientId: string; providerId: string };

export const hasRole = (p: Principal, roles: readonly Role[]): boolean =>
  p.kind === 'provider' ? roles.includes('provider') : p.roles.some((r) => roles.includes(r));

/** Who did it, as the audit trail records it: never more than an id, a role and a work address. */
export const actorOf = (p: Principal) =>
  p.kind === 'provider'
    ? { sub: p.sub, role: 'provider' as const, providerId: p.providerId }
    : { sub: p.sub, role: p.roles.join(','), email: p.email };
