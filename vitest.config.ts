import { defineConfig } from 'vitest/config';

// Test tiers, by file name:
//   *.test.ts       unit: no I/O, fakes allowed
//   *.int.test.ts   integration: real DynamoDB Local and the real SES emulator (started once per run)
//   *.e2e.test.ts   end to end: the whole local stack over HTTP, started through the same code as `pnpm dev`
const shared = ['**/node_modules/**', '**/cdk.out/**'];

// The AWS SDK warns in every process on a Node older than it wants (this machine has Node 20; Lambda runs
// 24). Set here too, so `npx vitest` without the package scripts stays quiet; workers inherit it.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// Every branch of the law engine and the calendar decides a legal deadline, so an untested branch is an
// untested rule: `pnpm test:unit` (which runs with --coverage) fails below 100% there.
const fullCoverage = { branches: 100, functions: 100, lines: 100, statements: 100 };

export default defineConfig({
  test: {
    coverage: {
      provider: 'v8',
      include: ['packages/*/src/**/*.ts', 'services/*/src/**/*.ts'],
      exclude: [...shared, '**/*.test.ts'],
      reporter: ['text', 'json-summary'],
      thresholds: {
        'packages/domain/src/law/**/*.ts': fullCoverage,
        'packages/domain/src/calendar/**/*.ts': fullCoverage,
      },
    },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{packages,services,infra,test}/**/*.test.ts'],
          exclude: [...shared, '**/*.int.test.ts', '**/*.e2e.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['{packages,services,infra,test}/**/*.int.test.ts'],
          exclude: shared,
          globalSetup: ['test/support/integration-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          exclude: shared,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
