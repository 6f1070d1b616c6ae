import { Logger } from '@aws-lambda-powertools/logger';

/**
 * One structured logger per process. Log identifiers, routes, statuses and counts only: never a request
 * body, a name, a birth date, a CPR number or a note (the security suite greps captured logs for them).
 */
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'hjemmestotte' });
