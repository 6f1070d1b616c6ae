import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type MunicipalityConfig, municipalityConfigSchema } from './municipality.ts';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Reads and validates `infra/municipalities/<id>.json`; an invalid file stops with the field named. */
export const loadMunicipality = (id: string): MunicipalityConfig => {
  const path = `${repoRoot}infra/municipalities/${id}.json`;
  const parsed = municipalityConfigSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${path} is invalid: ${where}`);
  }
  return parsed.data;
};
