import { describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';

describe('launching the browser for the web tests', () => {
  it('names the fix when Chromium is missing, instead of failing inside Playwright', async () => {
    await expect(launchBrowser('/nonexistent/chromium')).rejects.toThrow(
      /No Chromium at \/nonexistent\/chromium.*apt-get install chromium.*CHROMIUM_PATH/,
    );
  });
});
