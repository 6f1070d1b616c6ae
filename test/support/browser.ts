import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Debian's Chromium driven by Playwright (its own browser download cannot work on these machines). The
 * flags keep it from calling home and from needing a GPU or a sandbox (tests run as root). A machine without
 * it gets one sentence naming the fix instead of Playwright's long launch log.
 */
export const launchBrowser = async (
  executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
): Promise<Browser> => {
  if (!existsSync(executablePath))
    throw new Error(
      `No Chromium at ${executablePath}: the browser tests (test/e2e/web-*) need Debian's chromium. ` +
        'Install it with `sudo apt-get install chromium` (.ci/run does), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
};

/**
 * Every page and context the web tests open: Danish locale and Copenhagen's zone, as the app's users have, so
 * dates, months and times are checked as they read them (the machine running the tests may be in UTC).
 */
export const danish = { locale: 'da-DK', timezoneId: 'Europe/Copenhagen' } as const;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** axe-core's WCAG 2.1 A and AA rules on the page as it is now: no serious or critical violation. */
export const expectAccessible = async (page: Page, what: string) => {
  // Evaluated, not added as a <script>: the app's CSP (script-src 'self') rightly refuses inline scripts,
  // and the test must not loosen it.
  await page.evaluate(axeSource);
  // A string, not a function: the test code is type-checked without the DOM's types.
  const violations = (await page.evaluate(`axe
    .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    .then((r) => r.violations)`)) as AxeViolation[];
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n  ')}`,
  );
  expect(report, `axe on ${what}:\n${report.join('\n')}`).toEqual([]);
};

/** Signs in through the app's sign-in page (the page any signed-out visit lands on). */
export const signIn = async (
  page: Page,
  who: { role: 'caseworker' | 'teamleader' | 'admin' | 'provider'; email?: string; providerId?: string },
) => {
  const roleLabel = {
    caseworker: 'Sagsbehandler',
    teamleader: 'Teamleder',
    admin: 'Administrator',
    provider: 'Leverandør',
  };
  await page.getByRole('heading', { name: 'Log ind' }).waitFor();
  // The app's own sign-in page has one button, to the (local) managed login's page with the form.
  if ((await page.getByLabel('Rolle').count()) === 0) {
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByLabel('Rolle').waitFor();
  }
  await page.getByLabel('Rolle').selectOption({ label: roleLabel[who.role] });
  if (who.role === 'provider') await page.getByLabel('Leverandør-id').fill(who.providerId ?? '');
  else await page.getByLabel('E-mail').fill(who.email ?? '');
  await page.getByRole('button', { name: 'Log ind' }).click();
};

/**
 * With `WEB_SCREENSHOTS=1` (`pnpm --filter @hjemmestotte/web screenshots`), saves the page to
 * `docs/screenshots/<name>.png` for the README; otherwise does nothing, so test runs leave the tree alone.
 */
export const screenshot = async (page: Page, name: string) => {
  if (process.env.WEB_SCREENSHOTS !== '1') return;
  await page.screenshot({
    path: new URL(`../../docs/screenshots/${name}.png`, import.meta.url).pathname,
    fullPage: true,
  });
};
