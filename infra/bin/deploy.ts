import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { loadMunicipality } from '@hjemmestotte/wiring';
import { cognitoCredentials } from '../src/admin/credentials.ts';
import { findUserPoolId } from '../src/admin/target.ts';
import { stackNameOf } from '../src/municipality-stack.ts';
import { municipalityArg, runCdk } from './cdk.ts';

// npx tsx infra/bin/deploy.ts --municipality <id>: deploys that municipality's stack. The provider app
// clients live in Cognito (created by onboarding), so they are read here and passed to the authorizer.
const id = municipalityArg(process.argv.slice(2));
const m = loadMunicipality(id);
let providerClientIds: string[] = [];
if (m.identity.kind === 'cognito') {
  const cognito = new CognitoIdentityProviderClient({ region: m.region });
  const userPoolId = await findUserPoolId(cognito, id);
  if (userPoolId) {
    providerClientIds = await cognitoCredentials({
      userPoolId,
      domainUrl: '',
      client: cognito,
    }).providerClientIds();
  }
}
console.log(`${stackNameOf(id)}: ${providerClientIds.length} provider client(s) accepted by the authorizer`);
runCdk([
  'deploy',
  stackNameOf(id),
  '-c',
  `municipality=${id}`,
  ...(providerClientIds.length ? ['-c', `providerClientIds=${providerClientIds.join(',')}`] : []),
  '--require-approval',
  'broadening',
]);
