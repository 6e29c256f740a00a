// The session cookie a shared ward computer keeps: gone when the browser closes, and Secure behind a TLS proxy.
import { expect, test, type APIResponse } from '@playwright/test';

async function signInOver(
  request: import('@playwright/test').APIRequestContext,
  origin: string,
  headers: Record<string, string> = {},
): Promise<APIResponse> {
  return request.post('/sign-in', {
    headers: { origin, ...headers },
    form: { email: 'learner@mindbody.example', password: 'Password123!', action: 'password' },
    maxRedirects: 0,
  });
}

const sessionCookies = (response: APIResponse) =>
  response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'set-cookie' && /^sb-[^=]+-auth-token[^=]*=[^;]/.test(h.value))
    .map((h) => h.value);

test('the session cookie is a browser-session cookie, not a 400-day one', async ({ request, baseURL }) => {
  const response = await signInOver(request, new URL(baseURL!).origin);
  expect(response.status()).toBe(303);
  const cookies = sessionCookies(response);
  expect(cookies.length).toBeGreaterThan(0);
  for (const cookie of cookies) {
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).not.toMatch(/; (Max-Age|Expires)=/i);
    // Plain http (local development) cannot carry a Secure cookie.
    expect(cookie).not.toMatch(/; Secure/i);
  }
});

test('behind a TLS-terminating proxy (X-Forwarded-Proto: https) the session cookie is Secure and forms pass the origin check', async ({
  request,
  baseURL,
}) => {
  const httpsOrigin = new URL(baseURL!).origin.replace(/^http:/, 'https:');
  const response = await signInOver(request, httpsOrigin, { 'x-forwarded-proto': 'https' });
  expect(response.status()).toBe(303);
  const cookies = sessionCookies(response);
  expect(cookies.length).toBeGreaterThan(0);
  for (const cookie of cookies) expect(cookie).toMatch(/; Secure/i);
});
