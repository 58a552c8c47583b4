import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { guideSlugs, guideHref, requirementHref } from '../../src/lib/guide-links.ts';

// Every guide page this branch writes (the calculator page has its own tests).
const slugs = Object.values(guideSlugs).filter((slug) => slug !== guideSlugs.calculator);
const locales = ['ja', 'en'] as const;
const seedAnchors = [
  'co-sell-opportunities',
  'co-sell-statuses',
  'benefits-of-co-sell-ready-status',
  'benefits-of-co-sell-incentivized-status',
  'next-steps',
];

/** Levels and ids of the page's headings, in document order; `island` marks the calculator's embedded parts. */
const headingsOf = (page: Page) =>
  page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((els) =>
      els.map((el) => ({ level: Number(el.tagName[1]), id: el.id, island: el.closest('astro-island') !== null })),
    );

for (const slug of slugs) {
  const name = slug || 'home';

  for (const locale of locales) {
    test(`${name} (${locale}): one h1, no skipped heading level, axe clean`, async ({ page }) => {
      const response = await page.goto(guideHref(locale, slug));
      expect(response?.status()).toBe(200);
      const headings = await headingsOf(page);
      expect(headings.filter((h) => h.level === 1)).toHaveLength(1);
      expect(headings[0]?.level).toBe(1);
      const skips = headings.filter((h, i) => i > 0 && h.level > headings[i - 1]!.level + 1);
      expect(skips, 'a heading that skips a level').toEqual([]);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }

  test(`${name}: the same heading ids in ja and en`, async ({ page }) => {
    const ids: Record<string, string[]> = {};
    for (const locale of locales) {
      await page.goto(guideHref(locale, slug));
      // The page's own headings (from its MDX); an island's headings belong to the calculator.
      ids[locale] = (await headingsOf(page)).filter((h) => h.level > 1 && !h.island).map((h) => h.id);
    }
    expect(ids.ja!.length).toBeGreaterThan(0);
    expect(
      ids.ja!.filter((id) => id === ''),
      'headings without an id',
    ).toEqual([]);
    expect(ids.en).toEqual(ids.ja);
  });
}

for (const locale of locales) {
  test(`overview (${locale}) keeps the seed page's anchors`, async ({ page }) => {
    await page.goto(guideHref(locale, guideSlugs.overview));
    for (const anchor of seedAnchors) await expect(page.locator(`h2#${anchor}`)).toHaveCount(1);
  });
}

test('Japanese pages show no space where a line of the page source ended', async ({ page }) => {
  // Chromium shows a line break inside a paragraph as a space, which a Japanese reader sees as a typo (「です。 次の」).
  // (Spaces between katakana words, as in マーケットプレース サービス料金, are the guide's style and stay.)
  const gap = /[。、]\s+[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
  for (const slug of slugs) {
    await page.goto(guideHref('ja', slug));
    const texts = await page.locator('article :is(p, li):not(astro-island *)').allTextContents();
    expect(
      texts.filter((text) => gap.test(text)),
      slug || 'home',
    ).toEqual([]);
  }
});

test('no column of a guide table is squeezed to a few characters on a desktop screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const slug of slugs) {
    for (const locale of locales) {
      await page.goto(guideHref(locale, slug));
      // Narrowest cell of each table, against four characters of the table's text.
      const squeezed = await page.locator('.docs-table-scroll table').evaluateAll((tables) =>
        tables.flatMap((table) => {
          const fontPx = parseFloat(getComputedStyle(table).fontSize);
          const widths = [...table.querySelectorAll('th, td')].map((cell) => cell.getBoundingClientRect().width);
          return Math.min(...widths) < 4 * fontPx ? [table.querySelector('caption')?.textContent ?? '?'] : [];
        }),
      );
      expect(squeezed, `${locale}/${slug}`).toEqual([]);
    }
  }
});

test('on a 320 px phone every table caption fits the screen, before and after the table is scrolled', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const slug of slugs) {
    for (const locale of locales) {
      await page.goto(guideHref(locale, slug));
      const region = page.locator('.docs-table-scroll');
      // Captions whose text runs past the visible part of their scrolling region.
      const cut = () =>
        region.evaluateAll((regions) =>
          regions.flatMap((r) => {
            const caption = r.querySelector('caption')!;
            const [box, view] = [caption.getBoundingClientRect(), r.getBoundingClientRect()];
            return box.left < view.left - 1 || box.right > view.right + 1 ? [caption.textContent] : [];
          }),
        );
      expect(await cut(), `${locale}/${slug}`).toEqual([]);
      await region.evaluateAll((regions) => regions.forEach((r) => r.scrollTo({ left: r.scrollWidth })));
      expect(await cut(), `${locale}/${slug} scrolled`).toEqual([]);
    }
  }
});

test('a requirement row opened by its link is the row the calculator means', async ({ page }) => {
  await page.goto(requirementHref('en', '2023-07', 'ipci.r1-revenue'));
  const row = page.locator('#req-2023-07-ipci-r1-revenue');
  await expect(row).toBeInViewport();
  await expect(row.getByRole('link', { name: 'S-24' })).toHaveAttribute('href', '/en/sources/#src-S-24');
  // The March 2021 row the guide's older links meant is on the editions page.
  await page.goto(requirementHref('en', '2021-03', 'ipci.r1-revenue'));
  await expect(page.locator('#req-2021-03-ipci-r1-revenue')).toBeInViewport();
});

/** Each edition's rules as the data files hold them (the engine's module needs Vite's JSON imports). */
const editionRules = (): { id: string; requirements: { id: string }[] }[] =>
  readdirSync('content/editions')
    .filter((name) => /^\d{4}-\d{2}\.json$/.test(name))
    .map((name) => JSON.parse(readFileSync(`content/editions/${name}`, 'utf8')).rules);

test('every requirement of every edition has its row where requirementHref points (the calculator links there)', () => {
  for (const locale of locales) {
    for (const edition of editionRules()) {
      for (const requirement of edition.requirements) {
        const href = requirementHref(locale, edition.id, requirement.id);
        const [path, anchor] = href.split('#');
        expect(readFileSync(`dist${path}index.html`, 'utf8'), href).toContain(`<tr id="${anchor}">`);
      }
    }
  }
  // The rules that apply today (the newest edition) are on the statuses page; earlier editions on the editions page.
  expect(requirementHref('ja', '2023-07', 'csr.business-profile')).toBe(
    '/ja/statuses/#req-2023-07-csr-business-profile',
  );
  expect(requirementHref('ja', '2021-03', 'csr.business-profile')).toBe(
    '/ja/editions/#req-2021-03-csr-business-profile',
  );
});
