import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { answerWorkedExample, chooseEdition, dict, field, openHydrated } from './calculator.helpers.ts';
import { requirementHref } from '../../src/lib/guide-links.ts';
import { defaultEditionId } from '../../src/rules/core/ids.ts';

/** Guide islands hydrate when scrolled into view. */
async function showCheck(page: import('@playwright/test').Page, name: string) {
  const region = page.getByRole('region', { name, exact: true });
  await region.scrollIntoViewIfNeeded();
  await expect(region.locator('xpath=ancestor::astro-island')).not.toHaveAttribute('ssr', /.*/);
  return region;
}

test('answers typed in the calculator appear in the guide islands, and back', async ({ page }) => {
  await openHydrated(page, '/en/calculator/');
  // The chosen edition is shared too: the March 2021 rules, with their reduced fee.
  await chooseEdition(page, 'en', '2021-03');
  await answerWorkedExample(page, 'en');

  await page.goto('/en/benefits/');
  const fee = await showCheck(page, dict.en['calc.embed.fee']);
  await expect(fee.getByLabel(dict.en['calc.field.monthlySalesUsd'])).toHaveValue('10000');
  await expect(fee.getByTestId('monthly-savings')).toHaveText('USD 1,000');
  const benefits = await showCheck(page, dict.en['calc.embed.benefits']);
  await expect(benefits.locator('.verdict [data-kind="yes"]')).toHaveCount(2);

  // Typed on the benefits page, it is shared by the other island there and by the calculator.
  await fee.getByLabel(dict.en['calc.field.monthlySalesUsd']).fill('20,000');
  await expect(fee.getByTestId('monthly-savings')).toHaveText('USD 2,000');
  await openHydrated(page, '/en/calculator/');
  await expect(field(page, 'en', 'monthlySalesUsd')).toHaveValue('20000');
  await expect(page.getByTestId('monthly-savings')).toHaveText('USD 2,000');
});

test('the status check on the statuses page asks only relevant questions and links its checklist', async ({ page }) => {
  await page.goto('/ja/statuses/#check-your-offer');
  const check = await showCheck(page, dict.ja['calc.embed.status']);
  await check.getByLabel(dict.ja['calc.field.offerType'], { exact: true }).selectOption('saas');
  await expect(check.getByLabel(dict.ja['calc.field.servicesCredential'])).toHaveCount(0);
  await check.getByLabel(dict.ja['calc.field.businessProfileComplete']).selectOption('no');
  // Nothing pinned: the newest edition decides, and its requirement rows live on the statuses page, this one.
  const href = requirementHref('ja', defaultEditionId, 'csr.business-profile');
  expect(href).toBe('/ja/statuses/#req-2023-07-csr-business-profile');
  const link = check.locator(`a[href="${href}"]`);
  await expect(link).toBeVisible();
  // The row it points to exists on this page.
  await expect(page.locator('#req-2023-07-csr-business-profile')).toHaveCount(1);
  // A guide page keeps its own fragment: islands there never write share links into it.
  expect(await page.evaluate(() => location.hash)).toBe('#check-your-offer');
  const results = await new AxeBuilder({ page }).include('.guide-check').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  // The row it points to exists.
  await link.click();
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toHaveCount(1);
});

test('the guide islands load with the page hydrated no earlier than when visible', async ({ page }) => {
  await page.goto('/en/benefits/');
  // The benefits check sits far down the page: opened at its top, the page leaves it as the server drew it.
  const island = page
    .getByRole('region', { name: dict.en['calc.embed.benefits'], exact: true })
    .locator('xpath=ancestor::astro-island');
  await expect(island).not.toBeInViewport();
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  await expect(island).toHaveAttribute('ssr', '');
  await island.locator('.guide-check').scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr', /.*/);
});

test('with two checks on a page, only the one in use announces a change (a screen reader hears it once)', async ({
  page,
}) => {
  await page.goto('/ja/benefits/');
  const fee = await showCheck(page, dict.ja['calc.embed.fee']);
  const benefits = await showCheck(page, dict.ja['calc.embed.benefits']);
  const polite = page.locator('[aria-live="polite"]');
  // A reader picks an answer with the control focused (selectOption alone does not move focus).
  const offerType = fee.getByLabel(dict.ja['calc.field.offerType']);
  await offerType.focus();
  await offerType.selectOption('saas');
  await expect(polite).toHaveCount(1);
  await expect(fee.locator('[aria-live="polite"]')).toHaveCount(1);
  const transactable = benefits.getByLabel(dict.ja['calc.field.transactable']);
  await transactable.focus();
  await transactable.selectOption('yes');
  await expect(polite).toHaveCount(1);
  await expect(benefits.locator('[aria-live="polite"]')).toHaveCount(1);
});
