// A prescribing guideline as a pharmacist reads it: key points first, the contents beside the text, details in a
// compact block; the Drug filter as a type-ahead (a plain select without JavaScript); and a short print-out.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, waitForIslands } from './helpers.ts';

const guideline = '/guidelines/lithium-monitoring';

test.describe('at desktop size', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('key points come first, and the contents stay beside the text as it scrolls', async ({ page }) => {
    await page.goto(guideline);
    const keyPoints = page.getByRole('heading', { name: 'Key points', level: 2 });
    await expect(keyPoints).toBeInViewport();
    const points = page.locator('#key-points + ul > li');
    expect(await points.count()).toBeGreaterThanOrEqual(2);
    await expect(points.first()).toBeInViewport();
    await expect(page.getByText('Sample content, pending clinical review').first()).toBeInViewport();

    const contents = page.getByRole('navigation', { name: 'Sections of this guideline' });
    const body = page.locator('.app-guideline__body');
    expect((await contents.boundingBox())!.x).toBeGreaterThan((await body.boundingBox())!.x + (await body.boundingBox())!.width - 1);
    await expect(page.locator('.app-guideline-details')).toContainText('Owner');

    await page.getByRole('heading', { name: 'When to seek advice' }).scrollIntoViewIfNeeded();
    await expect(contents).toBeInViewport();
    await contents.getByRole('link', { name: 'Interactions' }).click();
    await expect(page).toHaveURL(/#interactions$/);
    await expectNoAxeViolations(page);
  });
});

test('the Drug filter is a type-ahead that filters the guidelines', async ({ page }) => {
  await page.goto('/guidelines');
  await waitForIslands(page);
  const drug = page.getByRole('combobox', { name: 'Drug' });
  await drug.fill('cloza');
  await expect(page.getByRole('option', { name: 'clozapine', exact: true })).toBeVisible();
  expect(await page.getByRole('listbox').getByRole('option').count()).toBeLessThan(5);
  await page.getByRole('option', { name: 'clozapine', exact: true }).click();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]drug=clozapine(&|$)/);
  await expect(page.getByRole('link', { name: /Clozapine: monitoring and neutropenia|neutropenia/i }).first()).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Drug' })).toHaveValue('clozapine');
  await expectNoAxeViolations(page);

  // Emptied again, the filter asks for every drug.
  await page.getByRole('combobox', { name: 'Drug' }).fill('');
  await page.getByRole('combobox', { name: 'Drug' }).press('Escape');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]drug=(&|$)/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the Drug filter is a plain select that filters the guidelines', async ({ page }) => {
    await page.goto('/guidelines');
    await page.getByLabel('Drug').selectOption('clozapine');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/[?&]drug=clozapine(&|$)/);
    await expect(page.getByRole('status')).toContainText(/of \d+ guidelines match/);
  });
});

async function printed(page: Page, url: string): Promise<{ pages: number; pdf: Buffer }> {
  await page.goto(url);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  return { pages: pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0, pdf };
}

test('a printed guideline is short, says when it was printed and where the live version is, and leaves out the screen furniture', async ({
  page,
}, info) => {
  const { pages, pdf } = await printed(page, guideline);
  await info.attach('guideline.pdf', { body: pdf, contentType: 'application/pdf' });
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(4);
  const printedOn = page.getByText(
    /^Printed on \d{1,2} \w+ \d{4} from http:\/\/localhost:\d+\/guidelines\/lithium-monitoring\. Check the live version/,
  );
  await expect(printedOn).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections of this guideline' })).toBeHidden();
  await expect(page.locator('header.nhsuk-header, .nhsuk-header')).toBeHidden();
});
