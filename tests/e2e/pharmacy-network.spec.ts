// The pharmacy network: a pharmacist applies, an admin approves, the member reads a members-only guideline,
// bookmarks it, and sees it marked changed once a new version is published.
import { expect, test } from '@playwright/test';
import { adminSql, expectNoAxeViolations, newLearner, receivedEmail, signIn } from './helpers.ts';

const guideline = '/guidelines/antipsychotics-and-diabetes';

test('join, approval, a members-only guideline, a bookmark, and a new version marked as changed', async ({ browser }) => {
  const pharmacist = await (await browser.newContext()).newPage();
  const email = await newLearner(pharmacist, 'Pat Pharmacist');

  await pharmacist.goto(guideline);
  await expect(pharmacist.getByText('For pharmacy network members')).toBeVisible();
  await expect(pharmacist.getByRole('heading', { name: 'Baseline and ongoing monitoring' })).toHaveCount(0);

  await pharmacist.goto('/pharmacy-network');
  await expectNoAxeViolations(pharmacist);
  await pharmacist.getByRole('button', { name: 'Apply to join' }).click();
  await expect(pharmacist.getByRole('alert')).toContainText('Choose the trust you work for');
  await expect(pharmacist.getByRole('alert')).toContainText('7 digits');
  await expectNoAxeViolations(pharmacist);
  await pharmacist.getByLabel('Trust you work for').selectOption("King's College Hospital");
  await pharmacist.getByLabel('Job title').fill('Lead pharmacist, liaison psychiatry');
  await pharmacist.getByLabel('GPhC registration number').fill('2012345');
  await pharmacist.getByRole('button', { name: 'Apply to join' }).click();
  await expect(pharmacist.getByRole('alert')).toContainText('Your application has been sent');
  await expect(pharmacist.getByText('waiting for a decision')).toBeVisible();

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, 'admin@mindbody.example');
  await admin.goto('/pharmacy-network/applications');
  await expectNoAxeViolations(admin);
  const card = admin.getByRole('region', { name: 'Pat Pharmacist' });
  await card.getByRole('button', { name: /^Approve/ }).click();
  await expect(admin.getByRole('alert')).toContainText('Application approved');
  const welcome = await receivedEmail(pharmacist, email, 'Welcome to the pharmacy network');
  await expect(welcome).toContainText('Dear Pat Pharmacist');
  await expect(welcome).toContainText('/guidelines');

  await pharmacist.goto(guideline);
  await expect(pharmacist.getByRole('heading', { name: 'Baseline and ongoing monitoring' })).toBeVisible();
  await pharmacist.getByRole('button', { name: 'Bookmark this guideline' }).click();
  await expect(pharmacist.getByRole('alert')).toContainText('Added to My guidelines');
  await expectNoAxeViolations(pharmacist);
  await pharmacist.goto('/my-guidelines');
  const item = pharmacist.getByRole('listitem').filter({ hasText: 'Antipsychotics and diabetes' });
  await expect(item.getByText('No change since you last read it')).toBeVisible();

  // A new version is published: the deploy's catalog sync brings the new version number.
  const [{ version }] = (await adminSql(`select version from catalog.guidelines where id = 'antipsychotics-and-diabetes'`)) as {
    version: string;
  }[];
  await adminSql(`update catalog.guidelines set version = $1 where id = 'antipsychotics-and-diabetes'`, [
    `${Number(version.split('.')[0]) + 1}.0`,
  ]);
  try {
    await pharmacist.reload();
    await expect(item.getByText('Changed')).toBeVisible();
    await expect(item).toContainText(`since you last read version ${version}`);
    await expectNoAxeViolations(pharmacist);
    await item.getByRole('link').click();
    await pharmacist.goto('/my-guidelines');
    await expect(item.getByText('No change since you last read it')).toBeVisible();
  } finally {
    await adminSql(`update catalog.guidelines set version = $1 where id = 'antipsychotics-and-diabetes'`, [version]);
  }
});

test('a declined applicant sees the reason and can apply again', async ({ browser }) => {
  const pharmacist = await (await browser.newContext()).newPage();
  const email = await newLearner(pharmacist, 'Dee Declined');
  await pharmacist.goto('/pharmacy-network');
  await pharmacist.getByLabel('Trust you work for').selectOption('South London and Maudsley');
  await pharmacist.getByLabel('Job title').fill('Rotational pharmacist');
  await pharmacist.getByLabel('GPhC registration number').fill('2099999');
  await pharmacist.getByRole('button', { name: 'Apply to join' }).click();

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, 'admin@mindbody.example');
  await admin.goto('/pharmacy-network/applications');
  const card = admin.getByRole('region', { name: 'Dee Declined' });
  await card.getByRole('button', { name: /^Decline/ }).click();
  await expect(admin.getByRole('alert')).toContainText('Give a reason for declining');
  await card.getByLabel(/Reason/).fill('That GPhC number is not on the register. Please check it.');
  await card.getByRole('button', { name: /^Decline/ }).click();
  await expect(admin.getByRole('alert')).toContainText('Application declined');

  await pharmacist.reload();
  await expect(pharmacist.getByText('That GPhC number is not on the register. Please check it.')).toBeVisible();
  await expect(pharmacist.getByRole('button', { name: 'Apply again' })).toBeVisible();

  const declined = await receivedEmail(pharmacist, email, 'Your application to the pharmacy network');
  await expect(declined).toContainText('That GPhC number is not on the register. Please check it.');
  await expect(declined).toContainText('you can apply again: http://localhost');
});

test('members-only material is refused on the server, not only hidden', async ({ request }) => {
  const page = await request.get(guideline);
  expect(page.status()).toBe(200);
  expect(await page.text()).not.toContain('Relative risk of glucose dysregulation');
  expect((await request.get('/webinars/lithium-in-acute-hospital-admissions/captions.vtt')).status()).toBe(403);
  expect((await request.get('/webinars/lithium-in-acute-hospital-admissions.vtt')).status()).toBe(404);
  expect((await request.get('/webinars/haematology/captions.vtt')).status()).toBe(200);
  expect((await request.get('/webinars/lithium-in-acute-hospital-admissions/slides.pdf')).status()).toBe(403);
  const index = await (await request.get('/search-index.json')).text();
  expect(index).not.toContain('glucose dysregulation');
});

test('educators see the guidelines overdue or due for review, with owners and dates; learners cannot', async ({ browser }) => {
  const educator = await (await browser.newContext()).newPage();
  await signIn(educator, 'educator@mindbody.example');
  await educator.goto('/guidelines/review');
  await expect(educator.getByRole('heading', { name: /^Overdue \(\d+\)$/ })).toBeVisible();
  await expect(educator.getByRole('heading', { name: /^Due in the next 60 days \(\d+\)$/ })).toBeVisible();
  await expect(educator.getByRole('table').first().getByRole('row')).not.toHaveCount(0);
  await expectNoAxeViolations(educator);

  const learner = await (await browser.newContext()).newPage();
  await signIn(learner, 'learner@mindbody.example');
  const response = await learner.goto('/guidelines/review');
  expect(response!.status()).toBe(403);
  await expect(learner.getByRole('heading', { name: 'You cannot see this page' })).toBeVisible();
});
