// The heart of the platform: a new learner books the 5-day course, does its lessons, fails then passes a quiz,
// completes the course, downloads the certificate and checks it on the verify page.
import { expect, test } from '@playwright/test';
import { extractText } from 'unpdf';
import { answerQuiz, courseContent, courseId } from './quiz-helpers.ts';
import { adminSql, bookableCohort, bookPlace, expectNoAxeViolations, longDate, newLearner, signIn, waitForIslands } from './helpers.ts';

test('book, learn, fail then pass a quiz, complete, download the certificate and verify it', async ({ page }) => {
  test.slow();
  const { lessons, quizIds, quizzes } = await courseContent();
  const email = await newLearner(page, 'Grace Journey');

  const cohort = await bookableCohort(courseId);
  await page.goto(`/courses/${courseId}`);
  const card = page.getByRole('region', { name: cohort.title });
  await card.getByRole('button', { name: 'Book a place' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Check the dates before you book' })).toBeVisible();
  await page.getByRole('button', { name: 'Confirm and book your place' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your place is booked' })).toBeVisible();
  await page.goto(`/courses/${courseId}`);
  await expect(page.getByText(/^0 of \d+ required lessons done/)).toBeVisible();
  await expectNoAxeViolations(page);

  // The first lesson by keyboard; the rest by clicking, as a learner working through them would.
  await page.goto(`/courses/${lessons[0]}`);
  await page.getByRole('button', { name: 'Mark as done and continue' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(new RegExp(`${lessons[0]}$`));
  for (const lesson of lessons.slice(1)) {
    await page.goto(`/courses/${lesson}`);
    await page.getByRole('button', { name: 'Mark as done and continue' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith(lesson));
  }
  await page.goto(`/courses/${lessons[0]}`);
  await expect(page.getByText('You have marked this lesson as done.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Day 1: fail first, read the feedback, then pass.
  const [firstQuiz, ...otherQuizzes] = quizIds;
  await page.goto(`/quizzes/${firstQuiz}`);
  await waitForIslands(page);
  await answerQuiz(page, quizzes.get(firstQuiz!)!, false);
  await expect(page.getByText(/You did not pass: the pass mark is 70%/)).toBeVisible();
  await expect(page.getByText('Not correct').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: /Try again/ }).click();
  await answerQuiz(page, quizzes.get(firstQuiz!)!, true);
  await expect(page.getByText('You passed', { exact: true })).toBeVisible();
  for (const quiz of otherQuizzes) {
    await page.goto(`/quizzes/${quiz}`);
    await waitForIslands(page);
    await answerQuiz(page, quizzes.get(quiz)!, true);
    await expect(page.getByText('You passed', { exact: true })).toBeVisible();
  }

  // Everything is done, but the booked cohort has not started: the certificate would name dates not yet taught.
  await page.goto(`/courses/${courseId}`);
  await expect(page.getByText(`You can complete it and get your certificate from ${longDate(cohort.startsOn)}`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Complete the course and get your certificate' })).toHaveCount(0);

  // As if Grace had also attended a run that started last week.
  await adminSql(
    `insert into catalog.cohorts (id, course_id, title, starts_on, ends_on, sessions, capacity, waitlist_capacity, booking_opens, booking_closes, facilitator)
    values ('e2e-started-' || md5($1), $2, 'E2E started cohort', current_date - 7, current_date - 3, '[]', 20, 0, current_date - 30, current_date - 8, 'E2E')`,
    [email, courseId],
  );
  await adminSql(
    `insert into public.bookings (cohort_id, user_id, status, confirmed_at)
    select 'e2e-started-' || md5($1), id, 'confirmed', now() from auth.users where email = $1`,
    [email],
  );
  await page.reload();
  await expect(page.getByRole('button', { name: 'Complete the course and get your certificate' })).toBeVisible();
  // Retaking the last quiz leads straight on to completing the course.
  const lastQuiz = quizIds.at(-1)!;
  await page.goto(`/quizzes/${lastQuiz}?retake=1`);
  await waitForIslands(page);
  await answerQuiz(page, quizzes.get(lastQuiz)!, true);
  await page.getByRole('button', { name: 'Complete the course and get your certificate' }).click();
  await expect(page).toHaveURL(/\/my-learning#certificates$/);
  await expect(page.getByRole('alert')).toContainText('Congratulations');
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /Download your certificate/ }).click();
  const pdf = new Uint8Array(
    await (await download).createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    }),
  );
  const { text } = await extractText(pdf, { mergePages: true });
  expect(text).toContain('Grace Journey');
  expect(text).toContain('Mental health skills for non-mental-health professionals');
  expect(text).toMatch(/CPD hours: 30/);
  const verifyUrl = /https?:\/\/\S+\/verify\/[0-9A-Z-]{19}/.exec(text)![0];

  await page.goto(verifyUrl);
  await expect(page.getByRole('heading', { name: 'Valid certificate' })).toBeVisible();
  await expect(page.getByRole('main').getByText('Grace Journey')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/my-learning/cpd');
  await page.getByLabel('What I learned').fill('How delirium presents on a ward');
  await page.getByLabel('How it changed or improved my practice').fill('I screen with the 4AT on admission');
  await page.getByRole('button', { name: /Save reflections/ }).click();
  await expect(page.getByRole('alert')).toContainText('Your reflections');
  await expect(page.getByLabel('What I learned')).toHaveValue('How delirium presents on a ward');
  await expectNoAxeViolations(page);

  const csv = await (await page.request.get('/my-learning/cpd.csv')).text();
  expect(csv).toContain('How delirium presents on a ward');
});

test('a certificate code that does not exist says so', async ({ page }) => {
  await page.goto('/verify');
  await page.getByLabel('Certificate code').fill('AAAA-BBBB-CCCC-DDDD');
  await page.getByRole('button', { name: 'Check certificate' }).click();
  await expect(page.getByRole('heading', { name: 'Certificate not found' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the quiz marking endpoint answers signed-out and malformed requests with clear messages', async ({ page, request }) => {
  const url = '/api/quizzes/mental-health-skills-5-day-day-1/attempts';
  const signedOut = await request.post(url, { data: { answers: {} } });
  expect(signedOut.status()).toBe(401);
  expect(await signedOut.json()).toMatchObject({ code: 'unauthenticated', message: expect.stringMatching(/Sign in again/) });

  await signIn(page, 'learner@mindbody.example');
  const notJson = await page.request.post(url, { headers: { 'content-type': 'application/xml' }, data: '<answers/>' });
  expect(notJson.status()).toBe(415);
  const broken = await page.request.post(url, { headers: { 'content-type': 'application/json' }, data: '{not json' });
  expect(broken.status()).toBe(400);
  expect(await broken.json()).toMatchObject({ code: 'invalid', message: expect.stringMatching(/could not be read/) });
});

test('a signed-out visitor sees places left and is asked to sign in to book', async ({ page }) => {
  const cohort = await bookableCohort('mental-health-skills-5-day');
  await page.goto('/courses/mental-health-skills-5-day');
  const card = page.getByRole('region', { name: cohort.title });
  await expect(card.getByText(new RegExp(`\\d+ of ${cohort.capacity} places left`))).toBeVisible();
  await card.getByRole('link', { name: /Sign in to book/ }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fcourses%2Fmental-health-skills-5-day/);
});

test('without JavaScript a quiz is one plain form, marked by the database, with blanks explained', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await newLearner(page, 'Nell NoScript');
  await bookPlace(page, courseId); // quizzes are for people booked on the course
  const { quizzes } = await courseContent();
  const quizId = 'mental-health-skills-5-day-day-1';
  const quiz = quizzes.get(quizId)!;
  await page.goto(`/quizzes/${quizId}`);
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByRole('alert').getByRole('link', { name: 'Select an answer to question 1' })).toBeVisible();

  for (const [i, question] of quiz.questions.entries()) {
    const group = page.getByRole('group', { name: new RegExp(`Question ${i + 1} of`) });
    for (const option of question.options.filter((o) => o.correct)) await group.getByLabel(option.text, { exact: true }).check();
  }
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByRole('heading', { name: /^You scored 100%/ })).toBeVisible();
  await expect(page.getByText('You passed', { exact: true })).toBeVisible();
  await context.close();
});
