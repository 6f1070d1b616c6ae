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

const identitySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cognito') }).strict(),
  z
    .object({ kind: z.literal('oidc'), issuer: z.url(), audience: z.string().min(1), jwksUrl: z.url() })
    .strict(),
]);

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
