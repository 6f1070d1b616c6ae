export { outboxRelayHandler as handler } from '@hjemmestotte/lambda-kit';
