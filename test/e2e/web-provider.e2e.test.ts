import { buildWeb } from '@hjemmestotte/web/build';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plan, registration } from '../../packages/domain/test/fixtures.ts';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import { danish, expectAccessible, launchBrowser, screenshot, signIn } from '../support/browser.ts';
import { api, tokenFor } from '../support/http.ts';

// A provider without its own system, on a phone (375 × 667): its cases, a visit logged, a final letter
// refused until the family has read it.
let stack: LocalStack;
let browser: Browser;
let page: Page;
let caseId: string;
let caseworker: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  await buildWeb();
  stack = await startLocalStack({ appLinks: true });
  const admin = await tokenFor(stack, { role: 'admin', email: 'admin@demo.kommune.example' });
  caseworker = await tokenFor(stack, { role: 'caseworker', email: 'sagsbehandler@demo.kommune.example' });
  for (const providerId of ['hjemmebasen', 'familiehuset'])
    expect(
      (
        await api(stack, admin, 'POST', '/v1/providers', {
          providerId,
          name: providerId,
          contactEmail: `kontakt@${providerId}.example`,
        })
      ).status,
    ).toBe(201);
  const created = await api(stack, caseworker, 'POST', '/v1/cases', {
    ...structuredClone(registration),
    caseNumber: 'WEB-PROV-1',
  });
  expect(created.status).toBe(201);
  caseId = created.body.caseId;
  expect(
    (await api(stack, caseworker, 'PUT', `/v1/cases/${caseId}/plan`, structuredClone(plan))).status,
  ).toBe(200);
  await api(stack, caseworker, 'POST', '/v1/cases', {
    ...structuredClone(registration),
    caseNumber: 'WEB-OTHER-1',
    providerId: 'familiehuset',
  });
  browser = await launchBrowser();
  page = await browser.newPage({
    viewport: { width: 375, height: 667 },
    ...danish,
    isMobile: true,
    hasTouch: true,
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) pageErrors.push(m.text());
  });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const noSideScroll = () => page.evaluate('document.documentElement.scrollWidth <= window.innerWidth');

describe('a provider in the web app on a phone', () => {
  it('signs in as its provider and sees only its own active cases', async () => {
    await page.goto(`${stack.apiUrl}/`);
    await signIn(page, { role: 'provider', providerId: 'hjemmebasen' });
    await page.getByRole('heading', { level: 1, name: 'Mine forløb' }).waitFor();
    await page.getByRole('link', { name: 'Sag WEB-PROV-1' }).waitFor();
    expect(await page.getByRole('link', { name: /^Sag / }).allTextContents()).toEqual(['Sag WEB-PROV-1']);
    await page.getByText('Fast morgenrutine').waitFor(); // the plan's goal, beside the case
    expect(await noSideScroll()).toBe(true);
    await expectAccessible(page, 'the provider’s cases');
    await screenshot(page, 'provider-cases');
  });

  it('logs a visit with methods and a note, and sees it listed', async () => {
    await page.getByRole('link', { name: 'Sag WEB-PROV-1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sag WEB-PROV-1' }).waitFor();
    await expectAccessible(page, 'the provider’s case page');
    // Nothing chosen: the form says so on the field, and sends nothing.
    await page.getByLabel('Varighed i minutter').fill('90');
    await page.getByRole('button', { name: 'Gem besøg' }).click();
    await page.locator('#f-methods-error').waitFor();
    await expectAccessible(page, 'the visit form with errors');

    await page.getByLabel('Dato').fill('2026-11-20');
    await page.getByLabel('Klokkeslæt').fill('07:00');
    await page.getByLabel('Sted').selectOption('home');
    await page.getByRole('radio', { name: 'To' }).check();
    await page.getByLabel('Struktur og rutiner').check();
    await page.getByLabel('Konkret vejledning').check();
    await page.getByRole('checkbox', { name: 'Fast morgenrutine' }).check();
    await page.getByLabel('Note (valgfri)').fill('Morgenrutine gennemgået med mor.');
    expect(await noSideScroll()).toBe(true);
    await screenshot(page, 'provider-visit-form');
    await page.getByRole('button', { name: 'Gem besøg' }).click();
    await page.getByText('Besøget er registreret').waitFor();
    await page.getByText('Morgenrutine gennemgået med mor.').waitFor();

    const visits = await api(stack, caseworker, 'GET', `/v1/cases/${caseId}/visits`);
    expect(visits.body).toEqual([
      expect.objectContaining({
        startedAt: '2026-11-20T07:00:00+01:00',
        durationMinutes: 90,
        location: 'home',
        staffCount: 2,
        methods: ['guidance', 'structure-routines'],
        goalIds: ['g1'],
        note: 'Morgenrutine gennemgået med mor.',
      }),
    ]);
    await expectAccessible(page, 'the provider’s case page after a visit');
  });

  it('retries a visit whose answer was lost with the same Idempotency-Key: stored once', async () => {
    // The first POST reaches the API and is stored, but the phone never sees the answer (connection lost).
    const keys: string[] = [];
    let dropped = false;
    await page.route('**/v1/cases/*/visits', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      keys.push((await route.request().allHeaders())['idempotency-key'] ?? '');
      if (dropped) return route.continue();
      dropped = true;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.getByLabel('Dato').fill('2026-11-21');
    await page.getByLabel('Klokkeslæt').fill('09:30');
    await page.getByLabel('Varighed i minutter').fill('60');
    await page.getByLabel('Samtale').check();
    await page.getByRole('button', { name: 'Gem besøg' }).click();
    await page.getByText('Ingen forbindelse. Prøv igen: besøget bliver ikke gemt to gange.').waitFor();
    await page.getByRole('button', { name: 'Gem besøg' }).click();
    await page.getByText('Besøget er registreret').waitFor();
    await page.unroute('**/v1/cases/*/visits');

    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    const visits = await api(stack, caseworker, 'GET', `/v1/cases/${caseId}/visits`);
    expect(
      visits.body.filter((v: { startedAt: string }) => v.startedAt === '2026-11-21T09:30:00+01:00'),
    ).toHaveLength(1);
  });

  it('refuses the final letter until the family has read it, then sends it', async () => {
    await page.getByLabel('Afsluttende statusskrivelse').check();
    await page.getByLabel('Statusskrivelse', { exact: true }).fill('Forløbet er afsluttet; målene er nået.');
    await page.getByRole('button', { name: 'Send statusskrivelse' }).click();
    await page.locator('#f-familyHasRead-error').waitFor();
    expect(await page.locator('#f-familyHasRead-error').textContent()).toContain('Familien skal have læst');
    await expectAccessible(page, 'the status report form with errors');
    await page.getByLabel(/Familien har læst skrivelsen/).check();
    await page.getByRole('button', { name: 'Send statusskrivelse' }).click();
    await page.getByText('Statusskrivelsen er sendt til sagsbehandleren').waitFor();
    await page.getByText(/afsluttende statusskrivelse$/).waitFor();
  });

  it('answers another provider’s case as not found', async () => {
    const other = await api(stack, caseworker, 'GET', '/v1/provider/cases');
    expect(other.status).toBe(403);
    await page.goto(`${stack.apiUrl}/leverandoer/sager/not-a-case-of-ours`);
    await signIn(page, { role: 'provider', providerId: 'hjemmebasen' });
    await page.getByText('Sagen findes ikke, eller du har ikke adgang til den.').waitFor();
  });

  it('ran without a script error or a Content-Security-Policy refusal in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
