// A new person signs up, confirms through the outbox, signs in, sees their name and signs out: by keyboard, axe-clean.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, newLearner, receivedEmail, uniqueEmail } from './helpers.ts';

test('sign up, confirm by e-mail, sign in, see your name, sign out, all by keyboard', async ({ page }) => {
  const email = uniqueEmail('keyboard');
  await page.goto('/');
  await expectNoAxeViolations(page);

  await page.goto('/sign-up');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();

  await page.getByLabel('Full name').focus();
  await page.keyboard.type('Florence Keyboard');
  await page.keyboard.press('Tab');
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type('a-strong-password');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/dev/outbox?to=${encodeURIComponent(email)}`);
  await expect(page.getByRole('heading', { name: 'Confirm your Mind & Body Learning account' })).toBeVisible();
  await expectNoAxeViolations(page);
  const link = page.getByRole('link', { name: /Open the link in this e-mail/ }).first();
  await link.focus();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/account\?welcome=1/);
  await expect(page.getByText('Your e-mail address is confirmed')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Account' }).getByText('Florence Keyboard')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Sign out' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'You have signed out' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/sign-in?next=/account');
  await page.getByLabel('E-mail address').focus();
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type('a-strong-password');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Account' }).getByText('Florence Keyboard')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('wrong password and empty fields get clear messages linked to the fields', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveTitle(/^Error: Sign in/);
  const summary = page.getByRole('alert');
  await expect(summary.getByRole('link', { name: 'Enter your e-mail address' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Enter your password' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('E-mail address').fill('learner@mindbody.example');
  await page.getByLabel('Password', { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('The e-mail address or password is not right');
  await expect(page.getByLabel('E-mail address')).toHaveValue('learner@mindbody.example');
});

test('a forgotten password is reset through an e-mailed link, and the new password signs in', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  const email = await newLearner(page, 'Rosa Reset');
  await page.goto('/account');
  await page.getByRole('button', { name: 'Sign out' }).click();

  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgotten your password?' }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('button', { name: 'Send a reset link' }).click();
  await expect(page.getByRole('status')).toContainText(`If there is an account for ${email}, we have sent it a link`);

  const message = await receivedEmail(page, email, 'Reset your Mind & Body Learning password');
  await message.getByRole('link', { name: /Open the link in this e-mail/ }).click();
  await expect(page).toHaveURL(/\/account\/password/);
  await page.getByLabel('New password', { exact: true }).fill('a-new-strong-password');
  await page.getByLabel('Type the new password again').fill('a-new-strong-password');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password has been changed.');
  await expectNoAxeViolations(page);

  await page.goto('/account');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('a-strong-password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('The e-mail address or password is not right');
  await page.getByLabel('Password', { exact: true }).fill('a-new-strong-password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Account' }).getByText('Rosa Reset')).toBeVisible();
});

test('an e-mailed sign-in link signs you in once', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  const email = await newLearner(page, 'Lin Link');
  await page.goto('/account');
  await page.getByRole('button', { name: 'Sign out' }).click();

  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('button', { name: 'E-mail me a sign-in link' }).click();
  await expect(page.getByText(`If there is an account for ${email}, we have sent it a sign-in link`)).toBeVisible();
  await expectNoAxeViolations(page);

  const message = await receivedEmail(page, email, 'Your Mind & Body Learning sign-in link');
  const link = await message.getByRole('link', { name: /Open the link in this e-mail/ }).getAttribute('href');
  await page.goto(link!);
  await expect(page.getByRole('navigation', { name: 'Account' }).getByText('Lin Link')).toBeVisible();

  const other = await (await browser.newContext()).newPage();
  await other.goto(link!);
  await expect(other).toHaveURL(/\/auth\/link-problem/);
  await expect(other.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(other);
});

test('the account page asks you to sign in first and comes back afterwards', async ({ page }) => {
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount/);
  await page.getByLabel('E-mail address').fill('educator@mindbody.example');
  await page.getByLabel('Password', { exact: true }).fill('Password123!');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText('Learner, Educator')).toBeVisible();
});

test('editing your professional details saves them, and bad input is explained', async ({ page }) => {
  await page.goto('/sign-in?next=/account');
  await page.getByLabel('E-mail address').fill('champion@mindbody.example');
  await page.getByLabel('Password', { exact: true }).fill('Password123!');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByLabel('Registration number (optional)').fill('12 34');
  await page.getByRole('button', { name: 'Save your details' }).click();
  await expect(page.getByRole('alert')).toContainText('Registration number must be 4 to 20 letters and numbers');
  await page.getByLabel('Registration number (optional)').fill('PH12345');
  await page.getByRole('button', { name: 'Save your details' }).click();
  await expect(page.getByText('Your details have been saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Registration number (optional)')).toHaveValue('PH12345');
});

test('an unknown page shows a helpful 404', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expectNoAxeViolations(page);
});
