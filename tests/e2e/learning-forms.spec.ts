// Every kind of form post on the learner's side (a page with its own form, an endpoint a form posts to, a JSON endpoint)
// checks what it is sent with a zod schema: a missing field, a field sent twice or a NUL byte is a 400 that says what
// is wrong, and nothing is changed.
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { adminSql, signIn } from './helpers.ts';

test.describe.configure({ timeout: 90_000 });

const learnerId = '00000000-0000-4000-8000-000000000001';
const lesson = 'mental-health-skills-3-week/week-1/delirium-and-dementia';

const learnerRecord = async () =>
  adminSql(
    `select (select row_to_json(p) from (select full_name, profession, trust, registration_body, registration_number
             from public.profiles where id = $1) p) as profile,
          (select count(*) from public.bookings where user_id = $1)::int as bookings,
          (select count(*) from public.lesson_progress where user_id = $1)::int as progress,
          (select count(*) from public.lesson_reflections where user_id = $1)::int as reflections,
          (select count(*) from public.cpd_entries where user_id = $1)::int as cpd,
          (select count(*) from public.quiz_attempts where user_id = $1)::int as attempts`,
    [learnerId],
  );

/** Posts a URL-encoded form with these fields, in order (a name may come twice), as the page's browser would. */
function postForm(page: Page, baseURL: string, path: string, fields: [string, string][]): Promise<APIResponse> {
  return page.request.post(path, {
    headers: { origin: baseURL, 'content-type': 'application/x-www-form-urlencoded' },
    data: new URLSearchParams(fields).toString(),
    maxRedirects: 0,
  });
}

async function expectRefused(response: APIResponse, message: string) {
  expect(response.status(), message).toBe(400);
  const html = await response.text();
  expect(html).toContain('There is a problem');
  expect(html).toContain(message);
}

test('a page form refuses a missing field, a field sent twice and a NUL byte with the error summary', async ({ page, baseURL }) => {
  await signIn(page, 'learner@mindbody.example');
  const before = await learnerRecord();

  const profile: [string, string][] = [
    ['full_name', 'Sam Learner'],
    ['profession', 'Staff nurse'],
    ['registration_body', 'NMC'],
  ];
  await expectRefused(
    await postForm(page, baseURL!, '/account', [['full_name', 'Sam\u0000Learner'], ...profile.slice(1)]),
    'Full name must not include control characters',
  );
  await expectRefused(await postForm(page, baseURL!, '/account', profile.slice(1)), 'Enter your full name');
  await expectRefused(
    await postForm(page, baseURL!, '/account', [...profile, ['registration_body', 'GMC']]),
    'Choose a registration body from the list',
  );

  const cpd: [string, string][] = [
    ['activity', 'Study day'],
    ['date-day', '27'],
    ['date-month', '3'],
    ['date-year', '2026'],
    ['hours', '6'],
    ['kind', 'Participatory'],
  ];
  await expectRefused(
    await postForm(
      page,
      baseURL!,
      '/my-learning/cpd/add',
      cpd.filter(([name]) => name !== 'hours'),
    ),
    'Enter the hours as a number, for example 1.5',
  );
  await expectRefused(
    await postForm(page, baseURL!, '/my-learning/cpd/add', [['activity', 'Study\u0000day'], ...cpd.slice(1)]),
    'Activity must not include control characters',
  );
  await expectRefused(
    await postForm(page, baseURL!, '/my-learning/cpd/add', [...cpd, ['kind', 'Self-directed']]),
    'Choose whether the activity was participatory or self-directed',
  );

  await expectRefused(
    await postForm(page, baseURL!, '/account/password', [
      ['password', 'long-enough'],
      ['confirm', 'long-enough'],
      ['password', 'again'],
    ]),
    'Enter a password',
  );
  expect(await learnerRecord()).toEqual(before);
});

test('the sign-up form refuses a NUL byte and a missing password, and creates no account', async ({ page, baseURL }) => {
  const email = `nul.${Date.now().toString(36)}@test.example`;
  await page.goto('/sign-up');
  await expectRefused(
    await postForm(page, baseURL!, '/sign-up', [
      ['fullName', 'Nul\u0000Byte'],
      ['email', email],
      ['password', 'a-strong-password'],
    ]),
    'Full name must not include control characters',
  );
  await expectRefused(
    await postForm(page, baseURL!, '/sign-up', [
      ['fullName', 'No Password'],
      ['email', email],
    ]),
    'Enter a password',
  );
  expect(await adminSql('select count(*)::int as n from auth.users where email = $1', [email])).toEqual([{ n: 0 }]);
});

test('an endpoint a form posts to refuses bad fields with a 400 error page that says what was wrong', async ({ page, baseURL }) => {
  await signIn(page, 'learner@mindbody.example');
  const before = await learnerRecord();
  const chooseAgain = 'Open the lesson again and send the form from there';

  await expectRefused(await postForm(page, baseURL!, '/progress', [['done', 'true']]), chooseAgain);
  await expectRefused(
    await postForm(page, baseURL!, '/progress', [
      ['lesson', `${lesson}\u0000`],
      ['done', 'true'],
    ]),
    'Lesson must not include control characters',
  );
  await expectRefused(
    await postForm(page, baseURL!, '/progress', [
      ['lesson', lesson],
      ['done', 'maybe'],
    ]),
    'Mark the lesson as done or not done',
  );
  await expectRefused(
    await postForm(page, baseURL!, '/reflections', [
      ['lesson', lesson],
      ['lesson', lesson],
      ['reflection', 'Twice'],
    ]),
    chooseAgain,
  );
  await expectRefused(
    await postForm(page, baseURL!, '/reflections', [
      ['lesson', lesson],
      ['reflection', 'x'.repeat(4001)],
    ]),
    'Keep your reflection to 4000 characters or fewer (it has 4001).',
  );
  await expectRefused(
    await postForm(page, baseURL!, '/bookings', [['cohort', 'a\u0000b']]),
    'Course dates must not include control characters',
  );
  const missing = await postForm(page, baseURL!, '/bookings', []);
  await expectRefused(missing, 'Choose the course dates again from the course page');

  await page.setContent(await missing.text());
  await expect(page.getByRole('heading', { level: 1, name: 'Your form could not be sent' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Choose the course dates again from the course page');
  expect(await learnerRecord()).toEqual(before);
});

test('the quiz JSON endpoint refuses a missing field and a NUL byte with 400 JSON, and marks nothing', async ({ page }) => {
  await signIn(page, 'learner@mindbody.example');
  const before = await learnerRecord();
  const url = '/api/quizzes/mental-health-skills-5-day-day-1/attempts';
  for (const data of [{}, { answers: { q1: ['a\u0000'] } }, { answers: { 'q1\u0000': ['a'] } }]) {
    const response = await page.request.post(url, { data });
    expect(response.status(), JSON.stringify(data)).toBe(400);
    expect(await response.json()).toEqual({
      code: 'invalid',
      message: expect.stringContaining('question ids, each with the list of option ids'),
    });
  }
  expect(await learnerRecord()).toEqual(before);
});

test('the quiz page form (without JavaScript) refuses fields it cannot read with a 400, and marks nothing', async ({ page, baseURL }) => {
  await signIn(page, 'learner@mindbody.example');
  const before = await learnerRecord();
  const url = '/quizzes/mental-health-skills-5-day-day-1';
  for (const fields of [
    [
      ['seed', 'abc'],
      ['index', '0'],
    ],
    [['index', '0']],
    [
      ['seed', '1'],
      ['index', '0'],
      ['intent', 'submit\u0000'],
    ],
  ] as [string, string][][]) {
    const response = await postForm(page, baseURL!, url, fields);
    expect(response.status(), JSON.stringify(fields)).toBe(400);
    expect(await response.text()).toContain('Your answers could not be read. Go back to the quiz and answer the questions again.');
  }
  expect(await learnerRecord()).toEqual(before);
});
