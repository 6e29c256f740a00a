// Bad input posted to the communities' pages and endpoints (a field missing, a field sent twice where one value is
// expected, a value that is not one of the choices, a NUL character) is a 400 that says what is wrong, and changes nothing.
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { adminSql, signIn } from './helpers.ts';

async function requestAs(browser: Browser, email: string): Promise<APIRequestContext> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page.request;
}

const count = async (sql: string, values: unknown[] = []) => ((await adminSql(sql, values)) as { n: number }[])[0]!.n;

test('sharing a resource with a NUL character, a missing summary or a trust sent twice is 400 with the error summary', async ({
  browser,
  baseURL,
}) => {
  const request = await requestAs(browser, 'champion@mindbody.example');
  const resources = () => count('select count(*)::int as n from public.resources');
  const before = await resources();
  const valid = {
    title: 'Sleep and shift work',
    summary: 'A short NHS guide to sleeping well around night shifts.',
    url: 'https://www.nhs.uk/',
    audience: 'Nurses',
    trust: "King's College Hospital",
  };
  const post = (form: Record<string, string>) => request.post('/champions/share', { headers: { origin: baseURL! }, form, maxRedirects: 0 });

  const nul = await post({ ...valid, title: 'Sleep\u0000 and shift work' });
  expect(nul.status()).toBe(400);
  const page = await nul.text();
  expect(page).toContain('There is a problem');
  expect(page).toContain('href="#title">Remove the hidden NUL character from the title');
  // The title is shown again without the character, so that sending the form again succeeds.
  expect(page).toContain('value="Sleep and shift work"');
  expect(page).not.toContain('\u0000');

  const { summary: _, ...noSummary } = valid;
  const missing = await post(noSummary);
  expect(missing.status()).toBe(400);
  expect(await missing.text()).toContain('href="#summary">Enter a summary');

  const twice = await request.post('/champions/share', {
    headers: { origin: baseURL!, 'content-type': 'application/x-www-form-urlencoded' },
    maxRedirects: 0,
    data: `${new URLSearchParams(valid)}&trust=${encodeURIComponent("Guy's and St Thomas'")}`,
  });
  expect(twice.status()).toBe(400);
  expect(await twice.text()).toContain('href="#trust">Choose which trust the resource is for');
  expect(await resources()).toBe(before);
});

test('a queue decision that names no application or no decision is 400 above the queue, and decides nothing', async ({
  browser,
  baseURL,
}) => {
  const request = await requestAs(browser, 'admin@mindbody.example');
  const decided = () => count(`select count(*)::int as n from public.network_members where status <> 'pending'`);
  const before = await decided();
  const response = await request.post('/pharmacy-network/applications', {
    headers: { origin: baseURL! },
    form: { member: 'nobody', decision: 'maybe' },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(400);
  const page = await response.text();
  expect(page).toContain('There is a problem');
  expect(page).toContain('This application is no longer in the queue. Reload the page.');
  expect(page).toContain('Choose approve or decline.');
  expect(await decided()).toBe(before);

  const roles = () => count('select count(*)::int as n from public.user_roles');
  const rolesBefore = await roles();
  const grant = await request.post('/admin/roles', {
    headers: { origin: baseURL! },
    maxRedirects: 0,
    form: { person: '00000000-0000-4000-8000-000000000001', name: 'Lee Learner', role: 'admin', action: 'grant' },
  });
  expect(grant.status()).toBe(400);
  expect(await grant.text()).toContain('Choose a role from the list.');
  expect(await roles()).toBe(rolesBefore);
});

test('a button endpoint sent something other than its choices is 400 on the error page, and changes nothing', async ({
  browser,
  baseURL,
}) => {
  const pharmacist = await requestAs(browser, 'pharmacist@mindbody.example');
  const bookmarks = () =>
    count(
      `select count(*)::int as n from public.guideline_bookmarks b join auth.users u on u.id = b.user_id where u.email = 'pharmacist@mindbody.example'`,
    );
  const before = await bookmarks();
  const bookmark = await pharmacist.post('/guidelines/antidepressants-and-bleeding-risk/bookmark', {
    headers: { origin: baseURL! },
    form: { action: 'keep\u0000' },
    maxRedirects: 0,
  });
  expect(bookmark.status()).toBe(400);
  const page = await bookmark.text();
  expect(page).toContain('Your form could not be sent');
  expect(page).toContain('Choose to bookmark the guideline or to remove the bookmark.');
  expect(await bookmarks()).toBe(before);

  const champion = await requestAs(browser, 'champion@mindbody.example');
  const marks = () => count('select count(*)::int as n from public.resource_useful');
  const marksBefore = await marks();
  const useful = await champion.post('/champions/resources/c0000000-0000-4000-8000-000000000001/useful', {
    headers: { origin: baseURL! },
    form: { next: '/champions' },
    maxRedirects: 0,
  });
  expect(useful.status()).toBe(400);
  expect(await useful.text()).toContain('Choose to mark the resource useful or to remove your mark.');
  expect(await marks()).toBe(marksBefore);
});

test('the webinar progress endpoint answers a body without ranges, or with text in them, with 400 JSON', async ({ browser }) => {
  const request = await requestAs(browser, 'learner@mindbody.example');
  const views = () =>
    count(
      `select count(*)::int as n from public.webinar_views v join auth.users u on u.id = v.user_id where u.email = 'learner@mindbody.example'`,
    );
  const before = await views();
  for (const body of [{}, { ranges: [['\u0000', 60]] }, { ranges: null }]) {
    const response = await request.post('/api/webinars/cardiology-ecg-and-qtc/progress', { data: body });
    expect(response.status(), JSON.stringify(body)).toBe(400);
    expect(await response.json()).toEqual({ code: 'invalid', message: expect.stringContaining('[start, end] pairs of seconds') });
  }
  expect(await views()).toBe(before);
});
