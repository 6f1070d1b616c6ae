import { municipalityPolicySchema } from '@hjemmestotte/domain';
import * as z from 'zod';

/** EU regions only: case data about children stays in the EU. */
export const euRegions = [
  'eu-north-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-central-2',
  'eu-south-1',
  'eu-south-2',
] as const;

/** An IdP group → our role. Groups not named here give no role (the API then answers 403). */
const roleMappingSchema = z.record(z.string().min(1).max(256), z.enum(['caseworker', 'teamleader', 'admin']));
const idpName = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'letters, digits, _ and -, at most 32');

/**
 * The municipality's own identity provider behind Cognito's managed login (staff sign in there; Cognito
 * still issues the tokens the API checks). Its groups claim or attribute is mapped by Cognito into
 * `custom:idp_groups`, and the pre-token trigger turns those groups into roles through `roleMapping`.
 */
const federationSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('oidc'),
      name: idpName,
      issuer: z.url(),
      clientId: z.string().min(1),
      /** The name of a Secrets Manager secret holding the client secret: never the secret in this file. */
      clientSecretName: z.string().min(1),
      groupsClaim: z.string().min(1),
      roleMapping: roleMappingSchema,
    })
    .strict(),
  z
    .object({
      type: z.literal('saml'),
      name: idpName,
      metadataUrl: z.url(),
      groupsAttribute: z.string().min(1),
      roleMapping: roleMappingSchema,
    })
    .strict(),
]);

/**
 * Cognito always issues the tokens (its access tokens are what the API's verifier and the pre-token trigger
 * are built for); a municipality's own IdP comes in through federation. The former `kind: "oidc"` (the API
 * trusting another issuer's tokens directly) is gone: such tokens carry neither `token_use` nor
 * `cognito:groups`, so every staff request would have been refused.
 */
const identitySchema = z
  .object({ kind: z.literal('cognito'), federation: federationSchema.optional() })
  .strict();

/** One municipality's installation: the only file an admin edits (`infra/municipalities/<id>.json`). */
export const municipalityConfigSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{1,30}$/),
    name: z.string().min(2),
    region: z.enum(euRegions),
    account: z
      .string()
      .regex(/^\d{12}$/)
      .optional(),
    senderEmail: z.email(),
    /**
     * Link into the municipality's own case system for staff emails; `{caseNumber}` and/or `{caseId}` are
     * replaced. Absent: staff emails link to the web app's case page, `<webOrigin>/sager/<caseId>`.
     * Providers' emails always link to their page of the web app.
     */
    caseLinkTemplate: z
      .url()
      .refine(
        (u) => u.includes('{caseNumber}') || u.includes('{caseId}'),
        'must contain {caseNumber} or {caseId}',
      )
      .optional(),
    /**
     * The municipality's own address for the web app (scheme and host, no path), with its certificate: an ACM
     * certificate in us-east-1 (CloudFront takes no other). Links in emails open pages there. Without both,
     * the app is at CloudFront's own address and the links say that.
     */
    webOrigin: z
      .url()
      .refine((u) => new URL(u).origin === u, 'must be an origin: https://host, no path')
      .optional(),
    webCertificateArn: z
      .string()
      .regex(
        /^arn:aws:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]{36}$/,
        'an ACM certificate ARN in us-east-1',
      )
      .optional(),
    defaultTeamLeaderEmail: z.email(),
    /** Alarms and bounced caseworker addresses go here. */
    adminEmail: z.email(),
    policy: municipalityPolicySchema,
    identity: identitySchema.default({ kind: 'cognito' }),
  })
  .strict()
  .refine((m) => (m.webOrigin === undefined) === (m.webCertificateArn === undefined), {
    message: 'webOrigin and webCertificateArn go together',
    path: ['webCertificateArn'],
  });

export type MunicipalityConfig = z.output<typeof municipalityConfigSchema>;
