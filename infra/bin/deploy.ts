import { stackNameOf } from '../src/municipality-stack.ts';
import { municipalityArg, runCdk } from './cdk.ts';

// npx tsx infra/bin/deploy.ts --municipality <id>: deploys that municipality's stack. Provider app clients
// made by onboarding need no deploy: the functions accept any client of the pool by its scope and the
// provider_id the pre-token trigger adds (infra/src/api.ts says why there is no gateway authorizer).
const id = municipalityArg(process.argv.slice(2));
runCdk(['deploy', stackNameOf(id), '-c', `municipality=${id}`, '--require-approval', 'broadening']);
