// Issue 16 and 13 as a reader meets them: the rules of the right time, only what is known, the result in sight,
// summaries safe to paste, a comparison readable on a phone.
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import e202103 from '../../content/editions/2021-03.json' with { type: 'json' };
import e202307 from '../../content/editions/2023-07.json' with { type: 'json' };
import texts from '../../content/editions/texts.json' with { type: 'json' };
import { formatDate } from '../../src/lib/format.ts';
import { answerWorkedExample, dict, field, openHydrated, useSeedEdition, type Lang } from './calculator.helpers.ts';

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
const title = { seed: e202103.docs.title, newest: e202307.docs.title };
const editionTitle = (id: string): Record<Lang, string> =>
  JSON.parse(readFileSync(`content/editions/${id}.json`, 'utf8')).docs.title;
const picker = (page: Page, lang: Lang) => page.getByLabel(dict[lang]['calc.edition.label']);
const statusLine = (page: Page) => page.locator('.status-line');
const results = (page: Page) => page.locator('section.results');

for (const lang of ['ja', 'en'] as const) {
  const t = dict[lang];

  test.describe(lang, () => {
    test('opens on the newest rules; a date chooses the edition in force then; a pinned edition past its period says so', async ({
      page,
    }) => {
      await openHydrated(page, `/${lang}/calculator/`);
      await expect(picker(page, lang)).toHaveValue('');
      await expect(page.getByText(fill(t['calc.edition.newestNote'], { edition: title.newest[lang] }))).toBeVisible();
      await expect(statusLine(page)).toContainText(title.newest[lang]);

      // The offer type comes first (it decides what is asked), then the date.
      await field(page, lang, 'offerType').selectOption('saas');
      await field(page, lang, 'qualifiesOn').fill('2021-05-10');
      await expect(statusLine(page)).toContainText(title.seed[lang]);
      await expect(picker(page, lang)).toHaveValue('');

      // The source document's rules, one click away; pinned, they no longer applied on a 2026 date.
      await useSeedEdition(page, lang);
      await field(page, lang, 'qualifiesOn').fill('2026-12-20');
      const notice = page.getByTestId('superseded');
      await expect(notice).toContainText(formatDate('2026-12-20', lang));
      await expect(notice).toContainText(title.newest[lang]);
      await notice
        .getByRole('button', { name: fill(t['calc.edition.switch'], { edition: title.newest[lang] }) })
        .click();
      await expect(notice).toHaveCount(0);
      await expect(picker(page, lang)).toHaveValue('');
      await expect(statusLine(page)).toContainText(title.newest[lang]);
    });

    test('on a phone the picker shows each choice whole, and the note under it names the rules in full', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 375, height: 740 });
      await openHydrated(page, `/${lang}/calculator/`);
      const select = picker(page, lang);
      const note = page.locator(`#${await select.getAttribute('aria-describedby')}`);
      for (const value of await select
        .locator('option')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))) {
        await select.selectOption(value);
        // A select cannot wrap: the text it shows must fit beside its arrow, or be cut off.
        const { text, fits } = await select.evaluate((el: HTMLSelectElement) => {
          const style = getComputedStyle(el);
          const ctx = new OffscreenCanvas(1, 1).getContext('2d')!;
          ctx.font = style.font;
          const shown = el.selectedOptions[0]!.text;
          const arrow = 20;
          const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow;
          return { text: shown, fits: ctx.measureText(shown).width <= room };
        });
        expect(fits, `"${text}" is cut off in the picker`).toBe(true);
        if (value) await expect(note).toContainText(editionTitle(value)[lang]);
        expect((await note.boundingBox())!.width).toBeLessThanOrEqual(375);
      }
    });

    test('on a phone the buttons that switch the rules read on one line', async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 740 });
      await openHydrated(page, `/${lang}/calculator/`);
      const oneLine = (button: ReturnType<Page['getByRole']>) =>
        button.evaluate((el) => {
          const style = getComputedStyle(el);
          const text = el.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
          return text < 1.5 * parseFloat(style.lineHeight) && el.scrollWidth <= el.clientWidth;
        });
      const seed = page.getByRole('button', { name: t['calc.edition.seed'] });
      expect(await oneLine(seed), `"${t['calc.edition.seed']}" wraps`).toBe(true);

      // Pinned past its period, the notice's way back to the rules of the date.
      await field(page, lang, 'offerType').selectOption('saas');
      await useSeedEdition(page, lang);
      await field(page, lang, 'qualifiesOn').fill('2026-12-20');
      const back = page
        .getByTestId('superseded')
        .getByRole('button', { name: fill(t['calc.edition.switch'], { edition: title.newest[lang] }) });
      expect(await oneLine(back), 'the switch to the rules in force wraps').toBe(true);
    });

    test('the offer types are named as the edition in force names them (Dynamics 365 was renamed in 2022)', async ({
      page,
    }) => {
      await openHydrated(page, `/${lang}/calculator/`);
      const offerType = field(page, lang, 'offerType');
      const option = offerType.locator('option[value="dynamics-365-operations"]');
      await expect(option).toHaveText(texts.offerTypes['dynamics-365-operations'][lang]);
      await useSeedEdition(page, lang);
      await expect(option).toHaveText(e202103.wording.offerTypes['dynamics-365-operations'][lang]);
    });

    test('a consulting service is told why no fee applies, without a "not transactable" it never answered', async ({
      page,
    }) => {
      await openHydrated(page, `/${lang}/calculator/`);
      await field(page, lang, 'offerType').selectOption('consulting-service');
      await expect(page.locator('.calc-bar')).toContainText(t['calc.glance.noFee']);
      await expect(field(page, lang, 'transactable')).toHaveCount(0);
    });

    test('the offer type is asked first, alone, and the result says so until it is answered', async ({ page }) => {
      await openHydrated(page, `/${lang}/calculator/`);
      const questions = page.locator('form.questions :is(select, input)');
      await expect(questions).toHaveCount(1);
      await expect(results(page)).toContainText(t['calc.checklist.first']);
      await field(page, lang, 'offerType').selectOption('saas');
      await expect(field(page, lang, 'partnerIdAndAccount')).toBeVisible();
      await expect(results(page)).not.toContainText(t['calc.checklist.first']);
      await expect(results(page).locator('.checklist li').first()).toBeVisible();
    });

    test('at 1280 px the result beside the questions lies wholly inside the window', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openHydrated(page, `/${lang}/calculator/`);
      const box = await results(page).boundingBox();
      const width = await page.evaluate(() => document.documentElement.clientWidth);
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    });

    test('an old v1 link without an edition still opens the source document’s rules', async ({ page }) => {
      await openHydrated(page, `/${lang}/calculator/#v1.0_y_m_y_y_y_y_y_y_0___100000__y_y__100_20210324`);
      await expect(picker(page, lang)).toHaveValue('2021-03');
      await expect(field(page, lang, 'offerType')).toHaveValue('saas');
      await expect(statusLine(page)).toContainText(title.seed[lang]);
    });

    test('with nothing answered no benefit is "not eligible": each is not decided yet, then explained with the questions that decide it', async ({
      page,
    }) => {
      await openHydrated(page, `/${lang}/calculator/`);
      // Before the offer type, which decides every fee and benefit, the head says each is not decided yet
      // and the result asks for that one answer.
      const glance = results(page).locator('.glance');
      for (const row of ['calc.fee.heading', 'calc.verdict.badge', 'calc.verdict.macc'] as const) {
        await expect(glance.locator('dt', { hasText: t[row] }).locator('+ dd')).toContainText(t['calc.verdict.open']);
      }
      await expect(glance).not.toContainText(t['calc.verdict.notEligible']);
      await expect(results(page)).toContainText(t['calc.checklist.first']);
      // With the offer type chosen the badge and MACC still wait on answers, which they name (the CSP
      // incentive, ended in 2021, is "no" whatever is answered).
      await field(page, lang, 'offerType').selectOption('saas');
      for (const benefit of ['badge', 'macc'] as const) {
        const verdict = results(page)
          .locator('.verdict')
          .filter({ hasText: t[`calc.verdict.${benefit}`] });
        await expect(verdict.locator('[data-kind="open"]')).toBeVisible();
        await expect(verdict.locator('[data-kind="no"]')).toHaveCount(0);
        await expect(verdict).toContainText(t['calc.field.transactable']);
      }
      const fee = results(page).locator('section.fee');
      await expect(fee).toContainText(t['calc.verdict.open']);
      await expect(fee).toContainText(t['calc.field.transactable']);
      await expect(glance).not.toContainText(t['calc.verdict.notEligible']);
    });

    test('a consulting service is not asked whether it is transactable, and is told why no fee applies', async ({
      page,
    }) => {
      await openHydrated(page, `/${lang}/calculator/`);
      await field(page, lang, 'offerType').selectOption('consulting-service');
      await expect(field(page, lang, 'servicesCredential')).toBeVisible();
      await expect(field(page, lang, 'transactable')).toHaveCount(0);
      // The reason after the offer type's name: this type has no transact option in the edition.
      const reason = texts.phrases.feeNoTransactOption[lang].split('{offerType}')[1]!.trim();
      const fee = results(page).locator('section.fee');
      await expect(fee).toContainText(texts.offerTypes['consulting-service'][lang]);
      await expect(fee).toContainText(reason);
      await expect(fee).not.toContainText(t['calc.verdict.open']);
    });

    test('an Office add-in is told plainly it cannot be co-sold, and asked nothing else', async ({ page }) => {
      await openHydrated(page, `/${lang}/calculator/`);
      await field(page, lang, 'offerType').selectOption('office-add-in');
      await expect(results(page).getByText(t['calc.path.none']).first()).toBeVisible();
      await expect(results(page).locator('.checklist')).toHaveCount(0);
      await expect(page.locator('form.questions').locator('select, input')).toHaveCount(1);
    });

    test('an answered revenue below the threshold is "not met" with its figure, listed before the open items', async ({
      page,
    }) => {
      await openHydrated(page, `/${lang}/calculator/`);
      await field(page, lang, 'offerType').selectOption('saas');
      await field(page, lang, 'transactable').selectOption('no');
      await field(page, lang, 'azureConsumedRevenueUsd').fill('80,000');
      await field(page, lang, 'partnerIdAndAccount').selectOption('yes');
      const revenue = results(page).locator('.checklist li[data-kind="unmet"]').filter({ hasText: '80,000' });
      await expect(revenue).toContainText(t['calc.checklist.unmet']);
      await expect(revenue).toContainText('100,000');
      // In each list: not met, then not decided, then met.
      for (const list of await results(page).locator('.checklist').all()) {
        const order = await list
          .locator('li')
          .evaluateAll((items) =>
            items.map((li) =>
              ['unmet', 'open', 'met'].indexOf(
                li.className.split(' ').find((c: string) => ['unmet', 'open', 'met'].includes(c))!,
              ),
            ),
          );
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }
    });

    test('says what reaching the top status is worth', async ({ page }) => {
      await openHydrated(page, `/${lang}/calculator/`);
      await useSeedEdition(page, lang);
      await field(page, lang, 'offerType').selectOption('saas');
      await field(page, lang, 'transactable').selectOption('yes');
      await field(page, lang, 'monthlySalesUsd').fill('5,000');
      // 20 % → 10 % of USD 5,000 a month, in whatever way the page writes money.
      await expect(page.getByTestId('path-worth')).toContainText(/\b500\b/);
    });

    test('at 1280 px the result stays beside the question being answered', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await openHydrated(page, `/${lang}/calculator/`);
      await field(page, lang, 'offerType').selectOption('saas');
      await field(page, lang, 'transactable').selectOption('yes');
      const last = field(page, lang, 'qualifiesOn');
      await last.scrollIntoViewIfNeeded();
      await last.fill('2026-12-20');
      await expect(statusLine(page)).toBeInViewport();
      await expect(results(page).locator('.glance')).toBeInViewport();
      const [question, status] = [await last.boundingBox(), await statusLine(page).boundingBox()];
      expect(status!.x).toBeGreaterThan(question!.x + question!.width);
    });

    test('on a phone a summary bar shows status and fee and leads to the full result', async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 740 });
      await openHydrated(page, `/${lang}/calculator/`);
      await field(page, lang, 'offerType').selectOption('saas');
      const bar = page.locator('.calc-bar');
      await expect(bar).toBeInViewport();
      await expect(bar).toContainText(await statusLine(page).locator('strong').innerText());
      await bar.getByRole('link', { name: t['calc.bar.toResult'] }).click();
      await expect(results(page).getByRole('heading', { name: t['calc.result.heading'] })).toBeInViewport();
      await expect(results(page)).toBeFocused();
    });

    for (const width of [1280, 375]) {
      test(`at ${width} px keyboard focus is never hidden behind the summary bar`, async ({ page }) => {
        await page.setViewportSize({ width, height: width > 600 ? 800 : 740 });
        await openHydrated(page, `/${lang}/calculator/`);
        await field(page, lang, 'offerType').selectOption('saas');
        await field(page, lang, 'offerType').focus();
        const controls = await page.locator('form.questions').locator('select, input, button').count();
        for (let i = 0; i < controls; i++) {
          await page.keyboard.press('Tab');
          const hidden = await page.evaluate(() => {
            const el = document.activeElement!;
            const box = el.getBoundingClientRect();
            const bar = document.querySelector('.calc-bar')!.getBoundingClientRect();
            const barShown = bar.height > 0;
            // A pixel of rounding at the window's edge is not hidden.
            return box.top < -1 || box.bottom > innerHeight + 1 || (barShown && box.bottom > bar.top + 1)
              ? el.outerHTML.slice(0, 80)
              : null;
          });
          expect(hidden).toBeNull();
        }
      });
    }

    test('copy summary, as Markdown or plain text, carries reasons, caveats, edition and period, date, answers and link', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await openHydrated(page, `/${lang}/calculator/`);
      await answerWorkedExample(page, lang);
      const read = () => page.evaluate(() => navigator.clipboard.readText());
      await page.getByRole('button', { name: t['calc.share.copySummary'] }).click();
      await expect(page.getByText(t['calc.share.copied'])).toBeVisible();
      const markdown = await read();
      expect(markdown).toContain(`## ${t['calc.summary.title']}`);
      expect(markdown).toContain(title.seed[lang]);
      // The edition's period, the day it was made, the caveats the page shows.
      expect(markdown).toMatch(/2021/);
      expect(markdown).toContain(`${t['calc.summary.made']}: `);
      for (const caveat of await results(page).locator('.verdict .caveats li').allInnerTexts())
        expect(markdown).toContain(caveat);
      expect(markdown).toContain(`${t['calc.field.monthlySalesUsd']}: `);
      expect(markdown).toMatch(/: \D*10,000/);
      expect(markdown).toContain(`${t['calc.summary.link']}](http`);

      await page.getByRole('button', { name: t['calc.share.copyText'] }).click();
      await expect.poll(read).not.toBe(markdown);
      const text = await read();
      expect(text).not.toMatch(/^#/m);
      expect(text).toMatch(
        new RegExp(`${t['calc.summary.link']}: http://[^ ]+/${lang}/calculator/#v\\d+\\.[^ ]+&edition=2021-03`),
      );
    });

    test('the comparison flags questions only one edition asks, names what changed, and reads at 320 px', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await openHydrated(page, `/${lang}/calculator/`);
      await answerWorkedExample(page, lang);
      await page.getByText(t['calc.compare.open']).click();
      // The newest edition asks questions the pinned March 2021 form does not: the row says which, unanswered.
      const flag = page
        .locator('.compare tbody tr')
        .filter({ hasText: title.newest[lang] })
        .getByTestId('edition-only');
      await expect(flag).toBeVisible();
      const text = (await flag.textContent())!;
      const named = Object.entries(t)
        .filter(([key, label]) => key.startsWith('calc.field.') && text.includes(label))
        .map(([key]) => key.slice('calc.field.'.length));
      expect(named.length).toBeGreaterThan(0);
      for (const name of named) await expect(field(page, lang, name)).toHaveCount(0);
      // The CSP incentive ended after the March 2021 edition: the change names it.
      await expect(
        page.locator('.compare .changes li').filter({ hasText: t['calc.verdict.csp'] }).first(),
      ).toBeVisible();
      // Words keep whole: the table scrolls sideways in its own region instead of breaking them letter by letter.
      const region = page.locator('.compare .scroll');
      const { scroll, client } = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(scroll).toBeGreaterThan(client);
      // No Latin word of the table is split across lines (Japanese text may break between any two characters).
      const broken = await page.locator('.compare table').evaluate((table) => {
        const split: string[] = [];
        const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const match of node.textContent!.matchAll(/[A-Za-z0-9]{2,}/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            if (range.getClientRects().length > 1) split.push(match[0]);
          }
        }
        return split;
      });
      expect(broken).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}
