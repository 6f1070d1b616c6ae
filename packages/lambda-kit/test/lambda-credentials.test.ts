import { afterEach, describe, expect, it } from 'vitest';
import {
  credentialsTreatedAsExpired,
  credentialsWillNeedRefresh,
  defaultProvider,
} from '../src/lambda-credentials.ts';

const names = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_CREDENTIAL_EXPIRATION',
];
const saved = Object.fromEntries(names.map((n) => [n, process.env[n]]));
afterEach(() => {
  for (const n of names) {
    const v = saved[n];
    if (v === undefined) delete process.env[n];
    else process.env[n] = v;
  }
});

// The stand-in for the SDK's default chain in the Lambda bundles (bundling.ts aliases it).
describe('the Lambda bundles’ credential provider', () => {
  it('answers the execution role’s keys Lambda puts in the environment, session token included', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'ASIAEXAMPLE';
    process.env.AWS_SECRET_ACCESS_KEY = 'secret';
    process.env.AWS_SESSION_TOKEN = 'token';
    delete process.env.AWS_CREDENTIAL_EXPIRATION;
    await expect(defaultProvider()()).resolves.toMatchObject({
      accessKeyId: 'ASIAEXAMPLE',
      secretAccessKey: 'secret',
      sessionToken: 'token',
    });
  });

  it('fails, naming the environment, when the keys are missing (no other source is tried)', async () => {
    for (const n of names) delete process.env[n];
    await expect(defaultProvider()()).rejects.toThrow('Unable to find environment variable credentials');
  });

  it('treats credentials as expired five minutes before their expiry, as the SDK’s chain does', () => {
    const now = Date.now();
    expect(credentialsWillNeedRefresh({})).toBe(false);
    expect(credentialsWillNeedRefresh({ expiration: new Date(now + 3_600_000) })).toBe(true);
    expect(credentialsTreatedAsExpired({ expiration: new Date(now + 3_600_000) })).toBe(false);
    expect(credentialsTreatedAsExpired({ expiration: new Date(now + 60_000) })).toBe(true);
    expect(credentialsTreatedAsExpired(undefined)).toBe(false);
  });
});
