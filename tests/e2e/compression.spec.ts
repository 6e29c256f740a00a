// Pages, styles, scripts, JSON and the search index go out compressed, prerendered or rendered per request.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { signIn } from './helpers.ts';

async function assetsOf(request: APIRequestContext, path: string): Promise<{ css: string; js: string }> {
  const html = await (await request.get(path)).text();
  const css = html.match(/href="(\/_astro\/[^"]+\.css)"/)?.[1];
  const js = html.match(/(?:component-url|src)="(\/_astro\/[^"]+\.js)"/)?.[1];
  if (!css || !js) throw new Error(`No stylesheet or script on ${path}`);
  return { css, js };
}

test('every text type is sent with brotli, or gzip, to a browser that accepts it, and plain to one that does not', async ({ request }) => {
  const { css, js } = await assetsOf(request, '/search');
  const paths = {
    'prerendered page': '/',
    'prerendered page (folder)': '/courses',
    'page rendered per request': '/sign-in',
    'page not found': '/no-such-page',
    stylesheet: css,
    script: js,
    'search index': '/search-index.json',
  };
  for (const [kind, path] of Object.entries(paths)) {
    const plain = await request.get(path, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers()['content-encoding'], `${kind} plain`).toBeUndefined();
    const body = await plain.text();
    for (const [accept, encoding] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      const response = await request.get(path, { headers: { 'accept-encoding': accept } });
      expect(response.headers()['content-encoding'], `${kind} with ${accept}`).toBe(encoding);
      expect(response.headers()['vary'], kind).toMatch(/accept-encoding/i);
      expect(response.headers()['content-type'], kind).toBe(plain.headers()['content-type']);
      if (!kind.startsWith('page')) expect(await response.text(), kind).toBe(body);
    }
  }
});

test('JSON rendered per request is compressed too', async ({ page }) => {
  await signIn(page, 'learner@mindbody.example');
  const response = await page.request.get('/account/data.json', { headers: { 'accept-encoding': 'br' } });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  expect(response.headers()['content-encoding']).toBe('br');
  expect(JSON.parse(await response.text())).toBeTruthy();
});
