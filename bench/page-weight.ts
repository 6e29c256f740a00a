// What a first visit to a page costs over the wire: every response Chromium loads for it, as transferred (compressed,
// with headers), from a cold cache.
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/lib/chromium.ts';

export async function printTransferredCold(siteUrl: string, pages: Record<string, string>): Promise<void> {
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    console.log('  Transferred on a first visit, cold cache (HTML, CSS, JS, images, JSON; compressed as sent):');
    for (const [type, path] of Object.entries(pages)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const sizes: Promise<number>[] = [];
      page.on('requestfinished', (request) => sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
      await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
      const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
      console.log(`    ${type.padEnd(18)} ${(bytes / 1024).toFixed(1).padStart(6)} KiB in ${sizes.length} responses`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}
