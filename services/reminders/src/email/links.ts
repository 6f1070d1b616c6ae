/**
 * Where an email's link leads. Staff (caseworker, team leader) open the case page of the web app,
 * `<webOrigin>/sager/<caseId>`, unless the municipality configured a link into its own case system
 * (`{caseNumber}` and/or `{caseId}` replaced). A provider always gets its own page of the web app,
 * `<webOrigin>/leverandoer/sager/<caseId>`: never a link into the municipality's internal systems.
 */
export interface Links {
  webOrigin: string;
  /** The municipality's case-system link; empty or absent: the web app's case page. */
  caseLinkTemplate?: string | undefined;
}

const origin = (l: Links) => l.webOrigin.replace(/\/+$/, '');

export const staffCaseLink = (l: Links, c: { caseId: string; caseNumber: string }) =>
  l.caseLinkTemplate
    ? l.caseLinkTemplate
        .replace('{caseNumber}', encodeURIComponent(c.caseNumber))
        .replace('{caseId}', encodeURIComponent(c.caseId))
    : `${origin(l)}/sager/${encodeURIComponent(c.caseId)}`;

export const providerCaseLink = (l: Links, c: { caseId: string }) =>
  `${origin(l)}/leverandoer/sager/${encodeURIComponent(c.caseId)}`;

export const linkFor = (
  l: Links,
  role: 'caseworker' | 'teamLeader' | 'provider',
  c: { caseId: string; caseNumber: string },
) => (role === 'provider' ? providerCaseLink(l, c) : staffCaseLink(l, c));
