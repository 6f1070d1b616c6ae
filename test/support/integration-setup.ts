import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../../packages/local-stack/src/dynamodb-local.ts';
import { freePort } from '../../packages/local-stack/src/free-port.ts';
import { startSesLocal } from '../../packages/local-stack/src/ses-local.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    sesEndpoint: string;
  }
}

/** One DynamoDB Local and one SES emulator for the whole integration run; each test file makes its own tables. */
export default async function setup(project: TestProject) {
  const dynamo = await startDynamoDbLocal();
  const ses = await startSesLocal(await freePort());
  project.provide('dynamoEndpoint', dynamo.endpoint);
  project.provide('sesEndpoint', ses.endpoint);
  return async () => {
    await ses.stop();
    await dynamo.stop();
  };
}
