import { loadMunicipality } from '@hjemmestotte/wiring';
import { municipalityArg, runCdk } from './cdk.ts';

// npx tsx infra/bin/synth.ts --municipality <id>: validates the config, synthesizes with cdk-nag.
const id = municipalityArg(process.argv.slice(2));
loadMunicipality(id);
runCdk(['synth', '-c', `municipality=${id}`, '--quiet']);
