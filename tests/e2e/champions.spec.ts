// Mind & Body Champions: sharing, moderation with a reason and resubmission, stored XSS shown as text, the library's
// search and filters, useful marks, reports, withdrawal, and who may open which page.
import { expect, test, type Page } from '@playwright/test';
import { adminSql, expectNoAxeViolations, newLearner, receivedEmail, signIn } from './helpers.ts';

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

async function as(browser: import('@playwright/test').Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** Fails the test if any dialog (alert, confirm, prompt) opens on these pages. */
function noDialogs(...pages: Page[]): string[] {
  const opened: string[] = [];
  for (const page of pages)
    page.on('dialog', async (dialog) => {
      opened.push(dialog.message());
      await dialog.dismiss();
    });
  return opened;
}

test('a champion shares, an educator rejects with a reason, the champion resubmits and it is approved', async ({ browser }) => {
  const title = `Breathing space for night staff ${stamp()}`;
  const champion = await as(browser, 'champion@mindbody.example');
  await champion.goto('/champions');
  await expectNoAxeViolations(champion);
  await champion.getByRole('link', { name: 'Share a resource' }).click();
  await expectNoAxeViolations(champion);
  await champion.getByRole('button', { name: 'Share resource' }).click();
  await expect(champion.getByRole('alert')).toContainText('Enter a title');
  await expect(champion.getByRole('alert')).toContainText('Add a link or a short note');
  await expectNoAxeViolations(champion);

  await champion.getByLabel('Title').fill(title);
  await champion.getByLabel('Summary').fill('A quiet room and a breathing exercise for staff on night shifts.');
  await champion.getByLabel('Note (optional)').fill('Room 3 on the second floor is kept free from 2am to 4am.');
  await champion.getByLabel('Tags (optional)').fill('Night shift, breathing, night shift');
  await champion.getByLabel('Who is it for?').selectOption('Everyone');
  await champion.getByLabel('Which trust is it for?').selectOption("Guy's and St Thomas'");
  await champion.getByRole('button', { name: 'Share resource' }).click();
  await expect(champion).toHaveURL(/\/champions\/mine$/);
  await expect(champion.getByRole('alert')).toContainText(`Thank you for sharing “${title}”`);
  const mine = champion.getByRole('region', { name: title });
  await expect(mine.getByText('Waiting for moderation')).toBeVisible();
  await expect(mine).toContainText('night shift, breathing');
  await expectNoAxeViolations(champion);

  const educator = await as(browser, 'educator@mindbody.example');
  await educator.goto('/champions');
  await expect(educator.getByRole('link', { name: /Moderation queue \(\d+ waiting\)/ })).toBeVisible();
  await educator.goto('/champions/moderation');
  await expectNoAxeViolations(educator);
  const queued = educator.getByRole('region', { name: title });
  await queued.getByRole('button', { name: /^Reject/ }).click();
  await expect(educator.getByRole('alert')).toContainText('Give a reason for rejecting');
  await expectNoAxeViolations(educator);
  const reason = 'Please say which site Room 3 is at: staff work across several hospitals.';
  await educator
    .getByRole('region', { name: title })
    .getByLabel(/Reason/)
    .fill(reason);
  await educator
    .getByRole('region', { name: title })
    .getByRole('button', { name: /^Reject/ })
    .click();
  await expect(educator.getByRole('alert')).toContainText(`Rejected “${title}”`);
  const rejected = await receivedEmail(champion, 'champion@mindbody.example', 'Your shared resource needs changes', title);
  await expect(rejected).toContainText(reason);
  await expect(rejected).toContainText('/edit');

  await champion.goto('/champions/mine');
  await expect(mine.getByText('Not approved', { exact: true })).toBeVisible();
  await expect(mine.getByText(reason)).toBeVisible();
  await mine.getByRole('link', { name: /Edit and resubmit/ }).click();
  await expect(champion.getByText('Saving your changes resubmits the resource')).toBeVisible();
  await expect(champion.getByText(reason)).toBeVisible();
  await expectNoAxeViolations(champion);
  await champion.getByLabel('Note (optional)').fill("Room 3, second floor, Lambeth Wing, St Thomas' Hospital: kept free from 2am to 4am.");
  await champion.getByRole('button', { name: 'Save and resubmit' }).click();
  await expect(champion.getByRole('alert')).toContainText('waiting for an educator to moderate it again');
  await expect(mine.getByText('Waiting for moderation')).toBeVisible();

  await educator.goto('/champions/moderation');
  await expect(queued).toContainText(`Resubmitted after it was not approved because: ${reason}`);
  await expect(queued).toContainText('Lambeth Wing');
  await queued.getByRole('button', { name: /^Approve/ }).click();
  await expect(educator.getByRole('alert')).toContainText(`Approved “${title}”`);
  await receivedEmail(champion, 'champion@mindbody.example', 'Your resource is in the Champions library', title);

  await champion.goto('/champions');
  await expect(champion.getByRole('region', { name: title })).toContainText('Lambeth Wing');
  await expect(champion.getByRole('region', { name: title })).toContainText('You shared this resource.');
  await champion.goto('/champions/mine');
  await expect(mine.getByText('Approved', { exact: true })).toBeVisible();
  await expect(mine.getByRole('link', { name: /^Edit/ })).toHaveCount(0);
});

test('text typed into every field is shown as text, never run, on every page that shows it', async ({ browser }) => {
  const id = stamp();
  const title = `Safe ${id} "><script>alert(1)</script>`;
  const champion = await as(browser, 'champion@mindbody.example');
  const educator = await as(browser, 'educator@mindbody.example');
  const dialogs = noDialogs(champion, educator);
  const expectNothingInjected = async (page: Page) => {
    await expect(page.locator('main script, main img, main iframe, [onerror], [onclick], main b')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  };

  await champion.goto('/champions/share');
  await champion.getByLabel('Title').fill(title);
  await champion.getByLabel('Summary').fill(`Summary ${id} <img src=x onerror=alert(2)> </textarea><script>alert(3)</script>`);
  await champion.getByLabel('Link (optional)').fill('javascript:alert(4)');
  await champion.getByLabel('Note (optional)').fill(`Note <script>alert(5)</script>\n<iframe src="javascript:alert(6)"></iframe>`);
  await champion.getByLabel('Tags (optional)').fill('<script>, "><b>bold</b>');
  await champion.getByLabel('Who is it for?').selectOption('Nurses');
  await champion.getByLabel('Which trust is it for?').selectOption('All trusts');
  await champion.getByRole('button', { name: 'Share resource' }).click();
  await expect(champion.getByRole('alert')).toContainText('Enter a link that starts with https:// or http://');
  await expect(champion.getByLabel('Link (optional)')).toHaveValue('javascript:alert(4)');
  await expect(champion.getByLabel('Title')).toHaveValue(title);
  await expectNothingInjected(champion);

  await champion.getByLabel('Link (optional)').fill('https://example.org/"><script>alert(7)</script>');
  await champion.getByRole('button', { name: 'Share resource' }).click();
  await expect(champion).toHaveURL(/\/champions\/mine$/);
  const card = champion.getByRole('region', { name: title });
  await expect(card.getByRole('heading', { name: title })).toBeVisible();
  await expect(card.getByText('<script>alert(5)</script>', { exact: false })).toBeVisible();
  await expect(card.getByText('<img src=x onerror=alert(2)>', { exact: false })).toBeVisible();
  await expect(card).toContainText('<script>, "><b>bold</b>');
  await expect(card.getByText('Link to example.org')).toBeVisible();
  const link = card.getByRole('link', { name: title, exact: true });
  await expect(link).toHaveAttribute('href', 'https://example.org/%22%3E%3Cscript%3Ealert(7)%3C/script%3E');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  await expectNothingInjected(champion);

  await educator.goto('/champions/moderation');
  const queued = educator.getByRole('region', { name: title });
  await expect(queued.getByText('<script>alert(5)</script>', { exact: false })).toBeVisible();
  await expectNothingInjected(educator);
  await queued.getByRole('button', { name: /^Approve/ }).click();
  await expect(educator.getByRole('alert')).toContainText('Approved');
  await expectNothingInjected(educator);

  await champion.goto(`/champions?q=${encodeURIComponent(`Safe ${id}`)}`);
  const listed = champion.getByRole('region', { name: title });
  await expect(listed.getByText('<script>alert(5)</script>', { exact: false })).toBeVisible();
  await expect(listed.getByRole('link', { name: '<script> (show resources with this tag)', exact: true })).toHaveAttribute(
    'href',
    '/champions?tag=%3Cscript%3E',
  );
  await expectNothingInjected(champion);

  // A report with markup in its reason: the educator reads it as text in the moderation queue.
  await listed.getByRole('link', { name: /Report this resource/ }).click();
  await expectNoAxeViolations(champion);
  await champion.getByRole('button', { name: 'Report this resource' }).click();
  await expect(champion.getByRole('alert')).toContainText('Say what is wrong with this resource');
  await champion.getByLabel('What is wrong with this resource?').fill('Broken <script>alert(8)</script> link');
  await champion.getByRole('button', { name: 'Report this resource' }).click();
  await expect(champion.getByRole('alert')).toContainText('An educator will check it again');
  await educator.goto('/champions/moderation');
  await expect(queued.getByText('Broken <script>alert(8)</script> link', { exact: false })).toBeVisible();
  await expectNothingInjected(educator);

  // The champion withdraws it, after a confirmation page.
  await champion.goto('/champions/mine');
  await expect(card).toContainText('Someone reported this resource');
  await card.getByRole('link', { name: /^Withdraw/ }).click();
  await expectNoAxeViolations(champion);
  await champion.getByRole('button', { name: 'Yes, withdraw it' }).click();
  await expect(champion.getByRole('alert')).toContainText('You have withdrawn');
  await expect(champion.getByRole('region', { name: title })).toHaveCount(0);
  await expectNothingInjected(champion);
});

test('search, tag and audience filters find seeded resources; a new champion marks one useful', async ({ browser }) => {
  const page = await as(browser, 'learner@mindbody.example');
  await page.goto('/champions');
  await expect(page.getByRole('button', { name: /Mark as useful/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Share a resource' })).toHaveCount(0);
  await expect(page.getByText('Magnesium supplements')).toHaveCount(0);

  await page.getByLabel('Search resources').fill('GROUNDING');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/q=GROUNDING/);
  await expect(page.getByRole('region', { name: 'Five-minute grounding exercise before handover' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('1 resource');
  await expectNoAxeViolations(page);

  await page.getByLabel('Search resources').fill('shared decisions'); // a tag, not in the text
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('region', { name: 'Depression in adults: treatment and management' })).toBeVisible();

  await page.getByLabel('Search resources').fill('100% (all), staff_x "quoted" \\ *');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('No resources match your search')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Search resources').fill('');
  await page.getByLabel('Tag').selectOption('sleep');
  await page.getByLabel('Who it is for').selectOption('Healthcare assistants');
  await page.getByLabel('Order').selectOption('useful');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('region', { name: 'Sleeping better around night shifts' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Five steps to mental wellbeing' })).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('1 resource');

  await page.goto('/champions?tag=psychosis');
  await expect(page.getByRole('region', { name: /Psychosis and schizophrenia/ })).toContainText('Link to www.nice.org.uk');
  await page.goto('/champions/resources/c0000000-0000-4000-8000-000000000002/report');
  await expect(page.getByText('It goes back to an educator, who checks it')).toBeVisible();
  await expectNoAxeViolations(page);

  // A new champion (the role granted as an admin would) marks a resource useful, then takes the mark back.
  const newcomer = await (await browser.newContext()).newPage();
  const email = await newLearner(newcomer, 'Cara Champion');
  await adminSql(`insert into public.user_roles (user_id, role) select id, 'champion' from auth.users where email = $1`, [email]);
  await newcomer.goto('/champions?q=Five-minute+grounding');
  const card = newcomer.getByRole('region', { name: 'Five-minute grounding exercise before handover' });
  await card.getByRole('button', { name: /^Mark as useful/ }).click();
  await expect(newcomer.getByRole('alert')).toContainText('Marked as useful');
  await expect(card).toContainText('1 person found this useful');
  await expectNoAxeViolations(newcomer);
  await card.getByRole('button', { name: /^Remove useful mark/ }).click();
  await expect(newcomer.getByRole('alert')).toContainText('Your useful mark has been removed');
  await expect(card).toContainText('No one has marked this useful yet');
  await newcomer.goto('/champions/mine');
  await expect(newcomer.getByText('You have not shared any resources yet')).toBeVisible();
  await expectNoAxeViolations(newcomer);
});

test('only champions share and only educators moderate, with pages that say why', async ({ browser }) => {
  const page = await as(browser, 'learner@mindbody.example');
  const share = await page.goto('/champions/share');
  expect(share?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Only champions can share resources' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Apply to be a champion' })).toHaveAttribute('href', '/champions/join');
  await expectNoAxeViolations(page);
  const moderation = await page.goto('/champions/moderation');
  expect(moderation?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Only educators moderate resources' })).toBeVisible();
  await expectNoAxeViolations(page);
  expect((await page.goto('/champions/resources/c0000000-0000-4000-8000-000000000004/edit'))?.status()).toBe(404);

  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto('/champions');
  await expect(anonymous).toHaveURL(/\/sign-in\?next=%2Fchampions/);
});

test('a member of staff applies to be a champion, an admin approves, and they can share', async ({ browser }) => {
  const nurse = await (await browser.newContext()).newPage();
  const email = await newLearner(nurse, 'Nia Newchampion');
  await nurse.goto('/champions');
  await nurse.getByRole('link', { name: 'Become a Mind & Body Champion' }).click();
  await expectNoAxeViolations(nurse);
  await nurse.getByRole('button', { name: 'Apply to be a champion' }).click();
  await expect(nurse.getByRole('alert')).toContainText('Choose the trust you work for');
  await expect(nurse.getByRole('alert')).toContainText('Say in a sentence or two what you would do as a champion');
  await expectNoAxeViolations(nurse);
  await nurse.getByLabel('Trust you work for').selectOption("Guy's and St Thomas'");
  await nurse.getByLabel('Job title').fill('Staff nurse, acute medical unit');
  await nurse
    .getByLabel('What would you do as a champion?')
    .fill('Share the delirium leaflets our ward made with families, and run a monthly huddle.');
  await nurse.getByRole('button', { name: 'Apply to be a champion' }).click();
  await expect(nurse.getByRole('alert')).toContainText('Your application has been sent');
  await expect(nurse.getByText('waiting for a decision from an admin')).toBeVisible();

  const admin = await as(browser, 'admin@mindbody.example');
  await admin.goto('/champions');
  await admin.getByRole('link', { name: 'Applications to be a champion' }).click();
  await expectNoAxeViolations(admin);
  const card = admin.getByRole('region', { name: 'Nia Newchampion' });
  await expect(card).toContainText('Share the delirium leaflets');
  await card.getByRole('button', { name: /^Approve/ }).click();
  await expect(admin.getByRole('alert')).toContainText('Approved: Nia Newchampion is now a Mind & Body Champion.');
  await expect(admin.getByText('Nia Newchampion: approved')).toBeVisible();

  const welcome = await receivedEmail(nurse, email, 'You are a Mind & Body Champion');
  await expect(welcome).toContainText('/champions/share');
  await nurse.goto('/champions');
  await expect(nurse.getByRole('link', { name: 'Become a Mind & Body Champion' })).toHaveCount(0);
  await nurse.getByRole('link', { name: 'Share a resource' }).click();
  await expect(nurse.getByRole('button', { name: 'Share resource' })).toBeVisible();
});

test('a declined applicant to be a champion sees the reason and can apply again; only admins decide', async ({ browser }) => {
  const nurse = await (await browser.newContext()).newPage();
  await newLearner(nurse, 'Dan Declinedchamp');
  await nurse.goto('/champions/join');
  await nurse.getByLabel('Trust you work for').selectOption('South London and Maudsley');
  await nurse.getByLabel('Job title').fill('Physiotherapist');
  await nurse.getByLabel('What would you do as a champion?').fill('Share exercise resources for people on clozapine.');
  await nurse.getByRole('button', { name: 'Apply to be a champion' }).click();

  const educator = await as(browser, 'educator@mindbody.example');
  expect((await educator.goto('/champions/applications'))?.status()).toBe(403);

  const admin = await as(browser, 'admin@mindbody.example');
  await admin.goto('/champions/applications');
  const card = admin.getByRole('region', { name: 'Dan Declinedchamp' });
  await card.getByRole('button', { name: /^Decline/ }).click();
  await expect(admin.getByRole('alert')).toContainText('Give a reason for declining');
  await card.getByLabel(/Reason/).fill('Please ask your team lead to confirm they support this.');
  await card.getByRole('button', { name: /^Decline/ }).click();
  await expect(admin.getByRole('alert')).toContainText('Declined. Dan Declinedchamp can see your reason.');

  await nurse.reload();
  await expect(nurse.getByText('Please ask your team lead to confirm they support this.')).toBeVisible();
  await expect(nurse.getByLabel('Job title')).toHaveValue('Physiotherapist');
  await nurse.getByRole('button', { name: 'Apply again' }).click();
  await expect(nurse.getByText('waiting for a decision from an admin')).toBeVisible();
  await expectNoAxeViolations(nurse);
});
