// Every page type, on screen and in print, is set in the NHS.UK font stack, and the text is drawn in a sans-serif.
import { expect, test, type Page } from '@playwright/test';

const pages = ['/', '/courses', '/guidelines/lithium-monitoring', '/webinars/cardiology-ecg-and-qtc', '/sign-in', '/no-such-page'];

/** The fonts Chromium actually used to draw the page's main heading (Frutiger where installed, else Arial's metric twin). */
async function fontsDrawing(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((f) => f.familyName);
}

for (const media of ['screen', 'print'] as const) {
  test(`pages are in the NHS.UK font stack on ${media}`, async ({ page }) => {
    await page.emulateMedia({ media });
    for (const path of pages) {
      await page.goto(path);
      for (const selector of ['h1', 'main p', 'body']) {
        const family = await page
          .locator(selector)
          .first()
          .evaluate((el) => getComputedStyle(el).fontFamily);
        expect(family, `${path} ${selector}`).toBe('"Frutiger W01", arial, helvetica, sans-serif');
      }
      const drawn = await fontsDrawing(page, 'h1');
      expect(drawn.length, path).toBeGreaterThan(0);
      for (const font of drawn) expect(font, path).toMatch(/Frutiger|Arial|Liberation Sans|Helvetica/);
    }
  });
}
