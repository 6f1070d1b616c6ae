import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';

const run = promisify(execFile);
const bin = (name: string) => join(process.cwd(), 'node_modules', '.bin', name);

/**
 * Issue 15: a provider's developer integrates from the served document, so third-party linters check what
 * `GET /openapi.json` actually answers: Redocly's recommended rules and Spectral's `spectral:oas`, with the
 * repository's own config files (redocly.yaml, .spectral.yaml: every switched-off rule has its reason there).
 */
describe('the served OpenAPI document passes third-party linters', () => {
  let stack: LocalStack;
  let file: string;

  beforeAll(async () => {
    stack = await startLocalStack({});
    const res = await fetch(`${stack.apiUrl}/openapi.json`);
    expect(res.status).toBe(200);
    file = join(mkdtempSync(join(tmpdir(), 'openapi-')), 'openapi.json');
    writeFileSync(file, await res.text());
  });
  afterAll(() => stack?.stop());

  it('Redocly (recommended): 0 errors, 0 warnings', async () => {
    const out = await run(bin('redocly'), ['lint', '--config', 'redocly.yaml', '--format', 'json', file], {
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    }).catch((e: { stdout: string }) => e);
    const report = JSON.parse(out.stdout) as { totals: Record<string, number>; problems: unknown[] };
    expect(report.problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it('Spectral (spectral:oas): no finding of any severity', async () => {
    const out = await run(bin('spectral'), [
      'lint',
      file,
      '--ruleset',
      '.spectral.yaml',
      '--format',
      'json',
      '--fail-severity',
      'hint',
    ]).catch((e: { stdout: string }) => e);
    const json = out.stdout.slice(0, out.stdout.lastIndexOf(']') + 1);
    const findings = JSON.parse(json) as { code: string; path: string[] }[];
    expect(findings.map((f) => `${f.code} ${f.path.join('.')}`)).toEqual([]);
  });

  it('names the token endpoint of this installation for the client-credentials flow', async () => {
    const doc = (await (await fetch(`${stack.apiUrl}/openapi.json`)).json()) as {
      components: { securitySchemes: { oauth2: { flows: { clientCredentials: { tokenUrl: string } } } } };
    };
    expect(doc.components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl).toBe(
      `${stack.apiUrl}/oauth2/token`,
    );
  });
});
