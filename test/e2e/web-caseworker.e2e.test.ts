import { buildWeb } from '@hjemmestotte/web/build';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import { danish, expectAccessible, launchBrowser, screenshot, signIn } from '../support/browser.ts';
import { api, tokenFor } from '../support/http.ts';

// The caseworker's screens in a real browser against the whole local stack: register a case (with the
// law's refusal shown on its field first), see its first follow-up, record it held, see the next one.
let stack: LocalStack;
let browser: Browser;
let page: Page;
// Script errors and CSP refusals in the page (a 4xx the app handles is logged by Chromium too: not these).
const pageErrors: string[] = [];

beforeAll(async () => {
  await buildWeb();
  stack = await startLocalStack({ appLinks: true });
  const admin = await tokenFor(stack, { role: 'admin', email: 'admin@demo.kommune.example' });
  const reg = await api(stack, admin, 'POST', '/v1/providers', {
    providerId: 'hjemmebasen',
    name: 'Hjemmebasen ApS',
    contactEmail: 'kontakt@hjemmebasen.example',
  });
  expect(reg.status).toBe(201);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, ...danish });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) pageErrors.push(m.text());
  });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const cells = (row: Locator) => row.locator('td').allTextContents();

const fillRegistration = async (p: Page, dates: { decidedOn: string; startsOn: string }) => {
  await p.getByLabel('Sagsnummer').fill('WEB-2026-0001');
  await p.getByLabel('Barn 1: fornavn').fill('Ida');
  await p.getByLabel('Barn 1: fødselsdato').fill('2025-03-14');
  await p.getByLabel('Udredningen afsluttet').fill('2026-10-20');
  await p.getByLabel('Afgørelsesdato').fill(dates.decidedOn);
  await p.getByLabel('Støtten starter').fill(dates.startsOn);
  await p.getByLabel('Forventet slutdato').fill('2027-06-30');
  await p.getByLabel('Timer pr. uge').fill('6');
  await p.getByLabel('Leverandør').selectOption('hjemmebasen');
  await p
    .getByLabel('Formål med støtten')
    .fill('Forældrene bliver i stand til at skabe en forudsigelig hverdag.');
};

describe('the caseworker in the web app', () => {
  it('signs in, and a refused registration names the field in Danish, in the summary and beside it', async () => {
    await page.goto(`${stack.apiUrl}/sager/ny`);
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    await expectAccessible(page, 'the sign-in page');
    await screenshot(page, 'sign-in');
    await signIn(page, { role: 'caseworker', email: 'sagsbehandler@demo.kommune.example' });
    await page.getByRole('heading', { level: 1, name: 'Registrér sag' }).waitFor();
    expect(await page.getByLabel('Sagsbehandlerens e-mail').inputValue()).toBe(
      'sagsbehandler@demo.kommune.example',
    );
    await expectAccessible(page, 'the registration form');

    await fillRegistration(page, { decidedOn: '2026-11-09', startsOn: '2026-11-02' });
    await page.getByRole('button', { name: 'Registrér sag' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Der er problemer' });
    await summary.waitFor();
    const link = summary.getByRole('link', {
      name: 'Støtten starter: Støtten kan ikke starte før afgørelsesdatoen.',
    });
    expect(await link.count()).toBe(1);
    expect(await page.locator('#f-startsOn-error').textContent()).toContain(
      'Støtten kan ikke starte før afgørelsesdatoen.',
    );
    await link.click();
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('f-startsOn');
    await expectAccessible(page, 'the registration form with errors');
    await screenshot(page, 'register-case-errors');
  });

  it('registers the contract’s case and shows its first follow-up three months after the start', async () => {
    await page.getByLabel('Afgørelsesdato').fill('2026-11-02');
    await page.getByLabel('Støtten starter').fill('2026-11-09');
    await page.getByRole('button', { name: 'Registrér sag' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sag WEB-2026-0001' }).waitFor();
    await page.getByText('Sagen er registreret').waitFor();
    const rows = page.locator('table').first().locator('tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await cells(rows.first())).toEqual([
      'Første opfølgning',
      '9. februar 2027',
      'Planlagt',
      'Registrér afholdt (9. februar 2027)',
    ]);
    await page.getByText('Barnets plan skal foreligge senest 2. februar 2027').waitFor();
    await page.getByText('Barnets plan er ikke skrevet endnu.').waitFor();
    await expectAccessible(page, 'the case page');
    await screenshot(page, 'case');
  });

  it('opens the case from the link in the reminder email', async () => {
    await stack.settle();
    const run = await fetch(`${stack.apiUrl}/_local/schedules/reminders/run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ at: '2027-01-27T06:00:00Z' }),
    });
    expect(run.status).toBe(200);
    const store = (await (await fetch(`${stack.sesUrl}/store`)).json()) as {
      emails: { destination: { to: string[] }; body: { text: string } }[];
    };
    const mine = store.emails.filter((e) => e.destination.to.includes('sagsbehandler@demo.kommune.example'));
    expect(mine).toHaveLength(1);
    const link = mine[0]?.body.text.match(/http:\/\/127\.0\.0\.1:\d+\/sager\/[^\s]+/)?.[0];
    expect(link).toBe(`${stack.apiUrl}${new URL(page.url()).pathname}`);
    // A new page load: the tokens lived in memory only, so the link asks to sign in, then opens the case.
    await page.goto(link!);
    await signIn(page, { role: 'caseworker', email: 'sagsbehandler@demo.kommune.example' });
    await page.getByRole('heading', { level: 1, name: 'Sag WEB-2026-0001' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(new URL(link!).pathname);
  });

  it('records the first follow-up held with a 4-month interval and shows the next one', async () => {
    await page.getByRole('link', { name: /Registrér afholdt/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Registrér afholdt opfølgning' }).waitFor();
    await expectAccessible(page, 'the follow-up form');
    await screenshot(page, 'follow-up-held');
    await page.getByLabel('Afholdt den').fill('2026-11-20');
    await page.getByLabel('Næste opfølgning om (måneder)').fill('4');
    await page.getByRole('button', { name: 'Registrér opfølgning' }).click();
    // 4 is not the municipality's default of 6: the law wants the reason, on the justification field.
    await page.locator('#f-justification-error').waitFor();
    await expectAccessible(page, 'the follow-up form with errors');
    await page.getByLabel(/Begrundelse for intervallet/).fill('Familien ønsker tættere opfølgning.');
    await page.getByRole('button', { name: 'Registrér opfølgning' }).click();
    await page.getByText('Opfølgningen er registreret som afholdt').waitFor();
    const rows = page.locator('table').first().locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await cells(rows.nth(0))).toEqual([
      'Første opfølgning',
      '9. februar 2027',
      'Afholdt 20. november 2026',
      '–',
    ]);
    expect(await cells(rows.nth(1))).toEqual([
      'Opfølgning',
      '20. marts 2027',
      'Planlagt',
      'Registrér afholdt (20. marts 2027)',
    ]);
    await expectAccessible(page, 'the case page after the follow-up');
  });

  it('changes the hours from a date and sees the change in the history', async () => {
    await page.getByLabel('Gælder fra').fill('2026-12-07');
    await page.getByLabel('Nye timer pr. uge').fill('8');
    await page.getByRole('button', { name: 'Gem ændring' }).click();
    await page.getByText('Ændringen er gemt').waitFor();
    await page.getByText(/timer pr\. uge 6 → 8 fra 7\. december 2026/).waitFor();
    await expectAccessible(page, 'the case page after a change');
  });

  it('lists the case under Mine sager and finds it by its case number in any letter case', async () => {
    await page.getByRole('link', { name: 'Mine sager' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mine sager' }).waitFor();
    await page.getByRole('link', { name: 'WEB-2026-0001' }).waitFor();
    await expectAccessible(page, 'Mine sager');
    await page.getByLabel('Find sag med sagsnummer').fill('web-2026-0001');
    await page.getByRole('button', { name: 'Find sag' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sag WEB-2026-0001' }).waitFor();
  });

  it('ran without a script error or a Content-Security-Policy refusal in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
