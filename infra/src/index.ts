export { buildApp, municipalityIds } from './app.ts';
export { MunicipalityStack, stackNameOf } from './municipality-stack.ts';
