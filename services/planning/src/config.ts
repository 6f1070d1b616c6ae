import { env, loadConfig, municipalityEnv } from '@hjemmestotte/lambda-kit';

export const loadPlanningConfig = () => loadConfig({ ...municipalityEnv, TABLE_MAIN: env.table });
