import { env, loadConfig, municipalityEnv } from '@hjemmestotte/lambda-kit';

export const loadIntakeConfig = () =>
  loadConfig({ ...municipalityEnv, TABLE_MAIN: env.table, TABLE_AUDIT: env.table });

export type IntakeConfig = ReturnType<typeof loadIntakeConfig>;
