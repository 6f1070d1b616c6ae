import { readFile } from 'node:fs/promises';
import { buildWeb } from '@hjemmestotte/web/build';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registration } from '../../packages/domain/test/fixtures.ts';
import { type LocalStack, startLocalStack } from '../../packages/local-stack/src/stack.ts';
import { danish, expectAccessible, launchBrowser, screenshot, signIn } from '../support/browser.ts';
import { api, tokenFor } from '../support/http.ts';

// The team leader: the month's supervision report with its charts and the CSV, and a case's audit trail.
let stack: LocalStack;
let browser: Browser;
let page: Page;
let caseId: string;
let oldCase: { caseId: string; firstFollowUpOn: string };
let teamLeaderToken: string;
const visitIds: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  await buildWeb();
  stack = await startLocalStack({ appLinks: true });
  const admin = await tokenFor(stack, { role: 'admin', email: 'admin@demo.kommune.example' });
  const caseworker = await tokenFor(stack, {
    role: 'caseworker',
    email: 'sagsbehandler@demo.kommune.example',
  });
  const provider = await tokenFor(stack, { role: 'provider', providerId: 'hjemmebasen' });
  expect(
    (
      await api(stack, admin, 'POST', '/v1/providers', {
        providerId: 'hjemmebasen',
        name: 'Hjemmebasen ApS',
        contactEmail: 'kontakt@hjemmebasen.example',
      })
    ).status,
  ).toBe(201);
  const created = await api(stack, caseworker, 'POST', '/v1/cases', {
    ...structuredClone(registration),
    caseNumber: 'WEB-TL-1',
  });
  expect(created.status).toBe(201);
  caseId = created.body.caseId;
  const visit = await api(
    stack,
    provider,
    'POST',
    `/v1/cases/${caseId}/visits`,
    {
      startedAt: '2026-11-20T07:00:00+01:00',
      durationMinutes: 120,
      location: 'home',
      staffCount: 1,
      methods: ['guidance'],
    },
    { 'idempotency-key': 'web-tl-visit-1' },
  );
  expect(visit.status).toBe(201);
  // Two follow-ups due in November 2026: one held on time, one still overdue (today is after 5 November).
  const august = (caseNumber: string, startsOn: string) =>
    api(stack, caseworker, 'POST', '/v1/cases', {
      ...structuredClone(registration),
      caseNumber,
      assessment: { kind: 'investigation', status: 'completed', completedOn: '2026-07-20' },
      decidedOn: '2026-08-03',
      startsOn,
    });
  const onTime = await august('WEB-TL-HELD', '2026-08-10');
  const late = await august('WEB-TL-LATE', '2026-08-05');
  expect([onTime.status, late.status]).toEqual([201, 201]);
  expect(late.body.followUps[0].dueOn).toBe('2026-11-05');
  await stack.settle();
  const held = await api(stack, caseworker, 'POST', `/v1/cases/${onTime.body.caseId}/follow-ups/fu-1/held`, {
    heldOn: '2026-11-05',
    childHeard: true,
    outcome: 'continue',
    nextFollowUpInMonths: 6,
  });
  expect(held.status).toBe(200);
  // A case from June: its first follow-up, in September, was never held (no plan required, assessment done),
  // and its 22 visits in October page on the case page. October's visits leave November's figures alone.
  const june = await api(stack, caseworker, 'POST', '/v1/cases', {
    ...structuredClone(registration),
    caseNumber: 'WEB-TL-OLD',
    assessment: { kind: 'investigation', status: 'completed', completedOn: '2026-05-20' },
    decidedOn: '2026-06-01',
    startsOn: '2026-06-08',
    planRequired: false,
  });
  expect(june.status).toBe(201);
  oldCase = { caseId: june.body.caseId, firstFollowUpOn: june.body.followUps[0].dueOn };
  expect(oldCase.firstFollowUpOn.slice(0, 7)).toBe('2026-09');
  for (let day = 1; day <= 22; day++) {
    const v = await api(
      stack,
      provider,
      'POST',
      `/v1/cases/${oldCase.caseId}/visits`,
      {
        startedAt: `2026-10-${String(day).padStart(2, '0')}T09:00:00+02:00`,
        durationMinutes: 60,
        location: 'home',
        staffCount: 1,
        methods: ['guidance'],
        note: `Besøg ${day}. oktober`,
      },
      { 'idempotency-key': `web-tl-old-${day}` },
    );
    expect(v.status).toBe(201);
    visitIds.push(v.body.visitId);
  }
  teamLeaderToken = await tokenFor(stack, { role: 'teamleader', email: 'teamleder@demo.kommune.example' });
  await stack.settle();
  browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    ...danish,
    acceptDownloads: true,
  });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) pageErrors.push(m.text());
  });
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('the team leader in the web app', () => {
  it('opens November 2026’s supervision report with its figures, charts and their tables', async () => {
    await page.goto(`${stack.apiUrl}/tilsyn?maaned=2026-11`);
    await signIn(page, { role: 'teamleader', email: 'teamleder@demo.kommune.example' });
    await page.getByRole('heading', { level: 1, name: 'Tilsyn nov. 2026' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Timer pr. leverandør' }).waitFor();
    expect(await page.locator('main ul').first().locator('li').allTextContents()).toEqual([
      'Opfølgninger med frist i måneden: 2 (holdt til tiden 1, holdt for sent 0, overskredet 1)',
      // Both August cases were decided on 3 August with a plan required: due 3 November, never written.
      'Sager uden barnets plan efter fristen: 2',
      'Børnefaglige undersøgelser over 4 måneder: 0',
    ]);
    const overdue = page
      .locator('table', { has: page.getByText('Frist', { exact: true }) })
      .locator('tbody tr td');
    expect(await overdue.allTextContents()).toEqual(['WEB-TL-LATE', '5. november 2026']);
    // Hjemmebasen: 2 hours delivered in November, against the hours granted from 9 November.
    const row = page.locator('table', { has: page.getByText('Bevilget (timer)') }).locator('tbody tr');
    expect(await row.count()).toBe(1);
    const cells = await row.first().locator('th, td').allTextContents();
    expect(cells[0]).toBe('hjemmebasen');
    expect(cells[2]).toBe('2'); // hours delivered: the one 120-minute visit
    expect(Number(cells[1]?.replace(',', '.'))).toBeGreaterThan(0);
    const months = page.locator('table', { has: page.getByText('Holdt til tiden') }).locator('tbody th');
    expect((await months.allTextContents()).at(-1)).toBe('nov. 2026');
    const november = page
      .locator('table', { has: page.getByText('Holdt til tiden') })
      .locator('tbody tr')
      .last();
    expect(await november.locator('td').allTextContents()).toEqual(['1', '0', '1']);
    await expectAccessible(page, 'the supervision report');
    await screenshot(page, 'supervision');
  });

  it('downloads the same month as CSV for Danish Excel', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Hent CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tilsyn-2026-11.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv).toContain(';');
    expect(csv).toContain('hjemmebasen');
  });

  it('opens an overdue follow-up’s case from the report, which knows it by its number only', async () => {
    await page
      .locator('table', { has: page.getByText('Frist', { exact: true }) })
      .getByRole('link', { name: 'WEB-TL-LATE' })
      .click();
    // The lookup replaces itself with the case page: Back returns to the report.
    await page.waitForURL(/\/sager\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Sag WEB-TL-LATE' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Tilsyn nov. 2026' }).waitFor();
  });

  it('takes a keyboard user from the skip link to the page’s content (WCAG 2.4.1)', async () => {
    // From the top of the page, as after a page load: the first Tab reaches the skip link.
    await page.evaluate(`document.activeElement?.blur(); window.scrollTo(0, 0)`);
    await page.getByRole('link', { name: 'Hjemmestøtte, forside' }).focus();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Gå til sidens indhold');
    const before = page.url();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('main-content');
    // The page stayed: the same path and query, only the fragment added.
    expect(page.url()).toBe(`${before}#main-content`);
    // The next Tab goes on inside the content, not back to the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(`!!document.activeElement?.closest('main')`)).toBe(true);
  });

  it('moves focus to the new page and announces its heading after a link is followed by keyboard', async () => {
    await page.getByRole('link', { name: 'Tilsyn', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tilsyn$/);
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('main-content');
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    await expect.poll(() => page.locator('p.sr-only[role="status"]').textContent()).toBe(heading);
  });

  it('reads a case and its audit trail, which names the caseworker’s registration and its own reads', async () => {
    await page.getByRole('link', { name: 'Tilsyn' }).click();
    // The in-app link keeps the session: the case page, then its trail.
    await page.evaluate(
      `history.pushState(null, '', '/sager/${caseId}'); dispatchEvent(new PopStateEvent('popstate'))`,
    );
    await page.getByRole('heading', { level: 1, name: 'Sag WEB-TL-1' }).waitFor();
    await expectAccessible(page, 'the case page as team leader');
    await page.getByRole('link', { name: 'Se revisionsspor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Revisionsspor' }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    const who = await page.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(who.join(' | ')).toContain('sagsbehandler@demo.kommune.example');
    expect(who.join(' | ')).toContain('teamleder@demo.kommune.example');
    await expectAccessible(page, 'the audit trail');
  });

  it('lists every missed deadline of any month, oldest first, each row opening its case', async () => {
    await page.getByRole('link', { name: 'Sager og frister' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sager og overskredne frister' }).waitFor();
    const table = page.getByRole('table', { name: 'Overskredne frister, ældste først' });
    await table.waitFor();
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        cells: [...tr.children].map((c) => c.textContent),
        href: tr.querySelector('a')?.getAttribute('href'),
      })),
    );
    const caseIdOf = async (n: string) =>
      (await api(stack, teamLeaderToken, 'GET', `/v1/cases?caseNumber=${n}`)).body.items[0].caseId;
    const day = (iso: string) =>
      new Intl.DateTimeFormat('da-DK', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${iso}T00:00:00Z`));
    // September's follow-up of the June case first, then November's: the list is not one month's.
    expect(rows.map((r) => r.cells.slice(0, 3))).toEqual([
      ['WEB-TL-OLD', 'Opfølgning ikke afholdt', day(oldCase.firstFollowUpOn)],
      ['WEB-TL-HELD', 'Barnets plan mangler', '3. november 2026'],
      ['WEB-TL-LATE', 'Barnets plan mangler', '3. november 2026'],
      ['WEB-TL-LATE', 'Opfølgning ikke afholdt', '5. november 2026'],
    ]);
    expect(rows.map((r) => r.href)).toEqual([
      `/sager/${oldCase.caseId}`,
      `/sager/${await caseIdOf('WEB-TL-HELD')}`,
      `/sager/${await caseIdOf('WEB-TL-LATE')}`,
      `/sager/${await caseIdOf('WEB-TL-LATE')}`,
    ]);
    await expectAccessible(page, 'the overdue list');
    await screenshot(page, 'overdue');
    await table.getByRole('link', { name: 'WEB-TL-OLD' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sag WEB-TL-OLD' }).waitFor();
  });

  it('finds a case by its number in any letter case, opens it and its audit trail; an unknown number is refused on the field', async () => {
    await page.getByRole('link', { name: 'Sager og frister' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sager og overskredne frister' }).waitFor();
    const field = page.getByLabel('Find sag med sagsnummer');
    const button = page.getByRole('button', { name: 'Find sag' });
    const focusedId = () => page.evaluate('document.activeElement?.id');
    await field.fill('WEB-TL-NONE');
    await button.click();
    // Announced as it appears (role="alert"), beside the field, and focus back on the field.
    const none = page.getByRole('alert').filter({ hasText: 'Ingen sag med sagsnummer WEB-TL-NONE.' });
    await none.waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toBe(await none.getAttribute('id'));
    await expect.poll(focusedId).toBe('f-caseNumber');
    await expectAccessible(page, 'the case search with its error');
    // A new search clears the old error and disables the button while it runs; a failed one says so.
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    const isSearch = (url: URL) => url.pathname.endsWith('/v1/cases') && url.searchParams.has('caseNumber');
    await page.route(isSearch, async (route) => {
      await held;
      await route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503 }),
      });
    });
    await field.fill('WEB-TL-SLOW');
    await button.click();
    await page.getByRole('button', { name: 'Find sag', disabled: true }).waitFor();
    expect(await none.count()).toBe(0);
    expect(await field.getAttribute('aria-invalid')).toBeNull();
    release();
    await page.getByRole('alert').filter({ hasText: 'Søgningen mislykkedes. Prøv igen om lidt.' }).waitFor();
    expect(await button.isEnabled()).toBe(true);
    await expect.poll(focusedId).toBe('f-caseNumber');
    await expectAccessible(page, 'the case search whose search failed');
    await page.unroute(isSearch);
    await field.fill('web-tl-1');
    await button.click();
    await page.getByRole('heading', { level: 1, name: 'Sag WEB-TL-1' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/sager/${caseId}`);
    await page.getByRole('link', { name: 'Se revisionsspor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Revisionsspor' }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    // The search's own read of the case is in the trail, by the team leader.
    const rows = await page.locator('tbody tr').allTextContents();
    expect(rows.some((r) => r.includes('case.list') && r.includes('teamleder@demo.kommune.example'))).toBe(
      true,
    );
  });

  it('shows the not-found page for a case-number link with a malformed percent-escape, not a crash', async () => {
    await page.evaluate(
      `history.pushState(null, '', '/sager/nummer/%E0'); dispatchEvent(new PopStateEvent('popstate'))`,
    );
    await page.getByRole('heading', { level: 1, name: 'Siden findes ikke' }).waitFor();
    // The app still runs: its own links keep working.
    await page.getByRole('link', { name: 'Sager og frister' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sager og overskredne frister' }).waitFor();
  });

  it('shows a case’s visits newest first, 20 at a time, and “Vis flere” pages on through the cursor', async () => {
    await page.evaluate(
      `history.pushState(null, '', '/sager/${oldCase.caseId}'); dispatchEvent(new PopStateEvent('popstate'))`,
    );
    await page.getByRole('heading', { level: 1, name: 'Sag WEB-TL-OLD' }).waitFor();
    const table = page.getByRole('table', { name: 'Besøg, nyeste først' });
    const notes = () => table.locator('tbody tr td:nth-child(5)').allTextContents();
    await table.waitFor();
    // 22 October first; the oldest two (1 and 2 October) wait for the next page.
    expect(await notes()).toEqual(Array.from({ length: 20 }, (_, i) => `Besøg ${22 - i}. oktober`));
    await page.getByText('Viser 20 besøg, nyeste først.').waitFor();
    await expectAccessible(page, 'the case page with a page of visits');
    await page.getByRole('button', { name: 'Vis flere besøg' }).click();
    await page.getByText('Viser 22 besøg – alle.').waitFor();
    expect(await notes()).toEqual(Array.from({ length: 22 }, (_, i) => `Besøg ${22 - i}. oktober`));
    expect(await page.getByRole('button', { name: 'Vis flere besøg' }).count()).toBe(0);
    // The keyboard goes on from the first visit added, not from the top of the page.
    expect(await page.evaluate('document.activeElement?.textContent')).toContain('Besøg 2. oktober');
  });

  it('says so in an alert when the visits cannot be loaded, never “Ingen besøg”, and loads them on retry', async () => {
    let refused = 0;
    await page.route('**/v1/cases/*/visits*', (route) => {
      refused++;
      return route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503 }),
      });
    });
    await page.getByRole('link', { name: 'Sager og frister' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sager og overskredne frister' }).waitFor();
    await page.evaluate(
      `history.pushState(null, '', '/sager/${oldCase.caseId}'); dispatchEvent(new PopStateEvent('popstate'))`,
    );
    const alert = page.getByRole('alert').filter({ hasText: 'Besøgene kunne ikke hentes' });
    await alert.waitFor();
    expect(refused).toBeGreaterThan(0);
    expect(await page.getByText('Ingen besøg registreret.').count()).toBe(0);
    await expectAccessible(page, 'the case page whose visits failed to load');
    await page.unroute('**/v1/cases/*/visits*');
    await alert.getByRole('button', { name: 'Prøv igen' }).click();
    await page.getByRole('table', { name: 'Besøg, nyeste først' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'Besøgene kunne ikke hentes' }).count()).toBe(0);
  });

  it("shows under 'Mit team' only the missed deadlines of cases the team leader leads", async () => {
    // A case of another team leader with a missed follow-up (September), registered last so the lists above
    // stay as they are.
    const caseworker = await tokenFor(stack, {
      role: 'caseworker',
      email: 'sagsbehandler@demo.kommune.example',
    });
    const other = await api(stack, caseworker, 'POST', '/v1/cases', {
      ...structuredClone(registration),
      caseNumber: 'WEB-TL-OTHER',
      teamLeaderEmail: 'anden.leder@demo.kommune.example',
      assessment: { kind: 'investigation', status: 'completed', completedOn: '2026-05-20' },
      decidedOn: '2026-06-01',
      startsOn: '2026-06-08',
      planRequired: false,
    });
    expect(other.status).toBe(201);
    await stack.settle();
    const caseNumbers = async () => {
      const table = page.getByRole('table', { name: 'Overskredne frister, ældste først' });
      await table.waitFor();
      return table.locator('tbody tr th a').allTextContents();
    };
    await page.getByRole('link', { name: 'Sager og frister' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sager og overskredne frister' }).waitFor();
    await expect.poll(caseNumbers).toContain('WEB-TL-OTHER');
    await page.getByRole('link', { name: 'Mit team (sager, hvor jeg er teamleder)' }).click();
    await page.waitForURL(/\/frister\?team=mit$/);
    await expect
      .poll(async () => page.getByRole('link', { name: /^Mit team/ }).getAttribute('aria-current'))
      .toBe('page');
    await expect.poll(caseNumbers).not.toContain('WEB-TL-OTHER');
    const mine = await caseNumbers();
    expect(mine.length).toBeGreaterThan(0);
    // Every case listed is one this team leader leads, by the API's own case view.
    for (const n of new Set(mine)) {
      const found = (await api(stack, teamLeaderToken, 'GET', `/v1/cases?caseNumber=${n}`)).body.items[0];
      const view = await api(stack, teamLeaderToken, 'GET', `/v1/cases/${found.caseId}`);
      expect(view.body.teamLeaderEmail, n).toBe('teamleder@demo.kommune.example');
    }
    await expectAccessible(page, 'the overdue list of the team leader’s own team');
  });

  it('ran without a script error or a Content-Security-Policy refusal in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
