// Roles and data rights: an admin grants a role (audited); a person downloads their data and deletes their account.
import { expect, test } from '@playwright/test';
import { adminSql, expectNoAxeViolations, newLearner, signIn } from './helpers.ts';

test('an admin grants and revokes the champion role, and each change is in the audit log', async ({ browser }) => {
  const person = await (await browser.newContext()).newPage();
  const email = await newLearner(person, 'Rhea Roles');
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, 'admin@mindbody.example');
  await admin.goto(`/admin/roles?q=${encodeURIComponent(email)}`);
  await expectNoAxeViolations(admin);
  await admin.getByRole('button', { name: /^Grant Mind & Body Champion for Rhea Roles/ }).click();
  await expect(admin.getByRole('alert')).toContainText('Granted: Mind & Body Champion for Rhea Roles');
  await expect(admin.getByRole('cell', { name: 'Learner, Mind & Body Champion' })).toBeVisible();
  await admin.getByRole('button', { name: /^Revoke Mind & Body Champion for Rhea Roles/ }).click();
  await expect(admin.getByRole('alert')).toContainText('Revoked');
  const audit = await adminSql(
    `select a.action from public.audit_log a join auth.users u on u.id::text = a.subject_id where u.email = $1 order by a.id`,
    [email],
  );
  expect(audit).toEqual([{ action: 'role.granted' }, { action: 'role.revoked' }]);

  const learner = await (await browser.newContext()).newPage();
  await signIn(learner, 'learner@mindbody.example');
  expect((await learner.goto('/admin/roles'))!.status()).toBe(403);
});

test('a person downloads all their data, then deletes their account', async ({ page }) => {
  const email = await newLearner(page, 'Dora Delete');
  await page.goto('/account');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download all your data (JSON)' }).click();
  const file = await (await download).path();
  const data = JSON.parse(await (await import('node:fs/promises')).readFile(file!, 'utf8'));
  expect(data.account.email).toBe(email);
  expect(data.profile.full_name).toBe('Dora Delete');

  await page.getByRole('link', { name: 'Delete your account' }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByRole('alert')).toContainText('Type the e-mail address of your account to confirm');
  await page.getByLabel('To confirm, type your e-mail address').fill(email);
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByRole('heading', { name: 'Your account has been deleted' })).toBeVisible();
  await page.goto('/my-learning');
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await adminSql('select 1 from auth.users where email = $1', [email])).toEqual([]);
});
