import { test, expect } from '@playwright/test';
import { editionIds } from '../../src/rules/core/ids.ts';
import { encodeAnswers } from '../../src/rules/core/codec.ts';
import { answerWorkedExample, chooseEdition, dict, field, openHydrated, watchConsole } from './calculator.helpers.ts';

test('the worked example: USD 10,000 a month of an Azure IP co-sell SaaS offer saves USD 1,000 a month in 2021-03', async ({
  page,
}) => {
  const errors = watchConsole(page);
  await openHydrated(page, '/en/calculator/');
  await chooseEdition(page, 'en', '2021-03');
  await answerWorkedExample(page, 'en');
  const results = page.locator('section.results');
  await expect(results.getByText(/Status in/)).toContainText(/Azure IP co-sell/i);
  await expect(page.getByTestId('monthly-savings')).toHaveText('USD 1,000');
  await expect(page.getByTestId('yearly-savings')).toHaveText('USD 12,000');
  await expect(results.getByText('20%', { exact: true })).toBeVisible();
  await expect(results.getByText('10%', { exact: true })).toBeVisible();
  expect(errors).toEqual([]);
});

test('asks only what matters for the offer type: no Gold competency question for SaaS', async ({ page }) => {
  await openHydrated(page, '/en/calculator/');
  await field(page, 'en', 'offerType').selectOption('saas');
  await expect(field(page, 'en', 'servicesCredential')).toHaveCount(0);
  await field(page, 'en', 'offerType').selectOption('consulting-service');
  await expect(field(page, 'en', 'servicesCredential')).toBeVisible();
});

test('each checklist item links to the section of the guide that explains it', async ({ page }) => {
  await openHydrated(page, '/ja/calculator/');
  // Nothing pinned: the newest rules, whose rows the statuses page holds.
  await field(page, 'ja', 'offerType').selectOption('saas');
  const links = page.locator('.checklist a[href*="/ja/statuses/#req-2023-07-csr-"]');
  await expect(links.first()).toBeVisible();
  // The checklist the offer type brings is drawn an item per task.
  await expect.poll(() => links.count()).toBeGreaterThan(3);
  await expect(page.locator('.checklist a[href="/ja/statuses/#req-2023-07-csr-business-profile"]')).toBeVisible();
});

test('results update as the user types and are announced politely', async ({ page }) => {
  await openHydrated(page, '/en/calculator/');
  const live = page.locator('[aria-live="polite"]');
  await expect(live).toContainText('Status:');
  const before = await live.textContent();
  await answerWorkedExample(page, 'en');
  await expect(live).not.toHaveText(before!);
});

test('the edition can be chosen and every edition is compared', async ({ page }) => {
  await openHydrated(page, '/en/calculator/');
  const t = dict.en;
  await answerWorkedExample(page, 'en');
  // The other editions load when the reader opens the comparison.
  await page.getByText(t['calc.compare.open']).click();
  const rows = page.locator('.compare tbody tr');
  await expect(rows).toHaveCount(editionIds.length);
  await page.getByLabel(t['calc.edition.label']).selectOption('2023-07');
  await expect(page).toHaveURL(/&edition=2023-07$/);
  // From 2021-07 there is no reduced rate: no savings at all.
  await expect(page.getByTestId('monthly-savings')).toHaveText('USD 0');
});

test('copy summary puts a localized Markdown verdict with its link on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openHydrated(page, '/ja/calculator/');
  await chooseEdition(page, 'ja', '2021-03');
  await answerWorkedExample(page, 'ja');
  await page.getByRole('button', { name: dict.ja['calc.share.copySummary'] }).click();
  await expect(page.getByText(dict.ja['calc.share.copied'])).toBeVisible();
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  expect(summary).toContain(`## ${dict.ja['calc.summary.title']}`);
  expect(summary).toContain('1,000 米国ドル');
  expect(summary).toContain(dict.ja['calc.verdict.badge']);
  expect(summary).toMatch(/\(http:\/\/[^)]+\/ja\/calculator\/#v\d+\.[^)]+\)/);
});

test('printing shows the results without the form', async ({ page }) => {
  await openHydrated(page, '/en/calculator/');
  await answerWorkedExample(page, 'en');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('form.questions')).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByTestId('monthly-savings')).toBeVisible();
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
});

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

// The longest results come before any status is reached: a checklist of every co-sell ready requirement.
const printStates = {
  'nothing answered': '',
  'a consulting service not yet co-sell ready': `#${encodeAnswers({ offerType: 'consulting-service', transactable: false })}`,
  'a Dynamics 365 offer not yet co-sell ready': `#${encodeAnswers({ offerType: 'dynamics-365-customer-engagement-power-apps' })}`,
};
for (const lang of ['ja', 'en'] as const) {
  for (const [state, fragment] of Object.entries(printStates)) {
    test(`the printed summary fits one page, A4 or Letter: ${state} (${lang})`, async ({ page }) => {
      await openHydrated(page, `/${lang}/calculator/${fragment}`);
      await expect(page.locator('.status-line strong')).not.toBeEmpty();
      for (const format of ['A4', 'Letter']) expect(pdfPages(await page.pdf({ format })), format).toBe(1);
    });
  }
}
