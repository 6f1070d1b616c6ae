import { buildWeb } from '@hjemmestotte/web/build';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import { danish, expectAccessible, launchBrowser, screenshot, signIn } from '../support/browser.ts';
import { api, tokenFor } from '../support/http.ts';

// The admin's providers page: a refused id on its field, then a provider added and listed.
let stack: LocalStack;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  await buildWeb();
  stack = await startLocalStack({ appLinks: true });
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

describe('the admin in the web app', () => {
  it('is refused a malformed provider id on its field, then adds the provider and sees it listed', async () => {
    await page.goto(`${stack.apiUrl}/`);
    await signIn(page, { role: 'admin', email: 'admin@demo.kommune.example' });
    await page.getByRole('heading', { level: 1, name: 'Leverandører' }).waitFor();
    await page.getByText('Ingen leverandører endnu.').waitFor();
    await expectAccessible(page, 'the providers page');

    await page.getByLabel('Leverandør-id').fill('Hjemme Basen');
    await page.getByLabel('Navn', { exact: true }).fill('Hjemmebasen ApS');
    await page.getByLabel('Kontakt-e-mail', { exact: true }).fill('kontakt@hjemmebasen.example');
    await page.getByRole('button', { name: 'Tilføj leverandør' }).click();
    await page.locator('#f-providerId-error').waitFor();
    expect(await page.locator('#f-providerId-error').textContent()).toContain(
      'Brug 2–63 små bogstaver, tal eller bindestreg.',
    );
    await expectAccessible(page, 'the providers page with an error');

    await page.getByLabel('Leverandør-id').fill('hjemmebasen');
    await page.getByRole('button', { name: 'Tilføj leverandør' }).click();
    await page.getByText('Hjemmebasen ApS er tilføjet').waitFor();
    const row = page.locator('tbody tr').first();
    await row.waitFor();
    expect(await row.locator('th, td').allTextContents()).toEqual([
      'Hjemmebasen ApS',
      'hjemmebasen',
      'kontakt@hjemmebasen.example',
      'Aktiv',
      'Deaktivér Hjemmebasen ApS',
    ]);
    const admin = await tokenFor(stack, { role: 'admin', email: 'admin@demo.kommune.example' });
    const listed = await api(stack, admin, 'GET', '/v1/providers');
    expect(listed.body).toEqual([
      expect.objectContaining({ providerId: 'hjemmebasen', name: 'Hjemmebasen ApS' }),
    ]);
    await expectAccessible(page, 'the providers page after adding');
    await screenshot(page, 'providers');
  });

  it("edits the provider's name and contact address: listed anew, and the API agrees", async () => {
    await page.getByRole('button', { name: 'Gem rettelse' }).click();
    await page.locator('#f-edit-name-error').waitFor();
    await page.getByLabel('Leverandør der skal rettes').selectOption('hjemmebasen');
    await page.getByLabel('Nyt navn').fill('Hjemmebasen Nord ApS');
    await page.getByLabel('Ny kontakt-e-mail').fill('nord@hjemmebasen.example');
    await page.getByRole('button', { name: 'Gem rettelse' }).click();
    await page.getByText('Hjemmebasen Nord ApS er rettet').waitFor();
    await page.getByRole('rowheader', { name: 'Hjemmebasen Nord ApS' }).waitFor();
    const admin = await tokenFor(stack, { role: 'admin', email: 'admin@demo.kommune.example' });
    const listed = await api(stack, admin, 'GET', '/v1/providers');
    expect(listed.body).toEqual([
      expect.objectContaining({ name: 'Hjemmebasen Nord ApS', contactEmail: 'nord@hjemmebasen.example' }),
    ]);
    await expectAccessible(page, 'the providers page after editing');
  });

  it('deactivates the provider: listed as deactivated, and the API agrees', async () => {
    await page.getByRole('button', { name: 'Deaktivér Hjemmebasen Nord ApS' }).click();
    await page.getByRole('cell', { name: 'Deaktiveret' }).waitFor();
    const admin = await tokenFor(stack, { role: 'admin', email: 'admin@demo.kommune.example' });
    const listed = await api(stack, admin, 'GET', '/v1/providers');
    expect(listed.body).toEqual([expect.objectContaining({ providerId: 'hjemmebasen', active: false })]);
    await expectAccessible(page, 'the providers page after deactivating');
  });

  it('signs out through the logout endpoint and is asked to sign in again', async () => {
    const [request] = await Promise.all([
      page.waitForRequest((r) => new URL(r.url()).pathname === '/logout'),
      page.getByRole('button', { name: 'Log af' }).click(),
    ]);
    const url = new URL(request.url());
    expect(url.searchParams.get('client_id')).toBe('web');
    expect(url.searchParams.get('logout_uri')).toBe(`${stack.apiUrl}/`);
    await page.getByRole('button', { name: 'Log ind' }).waitFor();
    expect(await page.getByRole('button', { name: 'Log af' }).count()).toBe(0);
  });

  it('ran without a script error or a Content-Security-Policy refusal in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
