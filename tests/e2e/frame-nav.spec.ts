import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './frame-fixtures.ts';
import { dict, field, openHydrated } from './calculator.helpers.ts';

const phone = { width: 375, height: 740 };

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

for (const locale of ['ja', 'en'] as const) {
  const t = dict[locale];

  test(`phone menu in ${locale}: the header button opens pages, theme and language; keyboard and axe, open and closed`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(phone);
    await page.goto(`/${locale}/overview/`);
    const button = page.getByRole('banner').getByRole('button', { name: t['frame.menu'] });
    const pages = page.getByRole('navigation', { name: t['frame.pages'], exact: true });
    await expect(pages).toBeHidden();

    // Keyboard: focus the button, Enter opens, Tab goes into the menu, Escape closes and gives focus back.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(pages).toBeVisible();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#menu') !== null)).toBe(true);
    // The page behind is inert: Tab never leaves the menu, and nothing of the text can take focus.
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        return el === document.body || el === null ? 'none' : el.closest('#menu') ? 'menu' : el.outerHTML.slice(0, 80);
      });
      expect(['menu', 'none'], `Tab ${i}`).toContain(where);
    }
    await page.locator('main a').first().focus();
    expect(await page.evaluate(() => document.activeElement?.closest('main'))).toBeNull();
    // The page list is grouped by purpose and marks this page.
    for (const group of ['frame.groupGuide', 'frame.groupCalculator', 'frame.groupReference'] as const) {
      await expect(pages.getByText(t[group], { exact: true })).toBeVisible();
    }
    await expect(pages.locator('[aria-current=page]')).toHaveAttribute('href', `/${locale}/overview/`);
    await expect(
      page.getByRole('button', { name: t['frame.themeIs'].replace('{theme}', t['frame.themeSystem']), exact: true }),
    ).toBeVisible();
    await expect(page.getByRole('navigation', { name: t['lang.switchLabel'] }).getByRole('link')).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), `menu open, ${colorScheme}`).toEqual([]);
    }
    await page.keyboard.press('Escape');
    await expect(pages).toBeHidden();
    await expect(button).toBeFocused();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), `menu closed, ${colorScheme}`).toEqual([]);
    }

    // The menu's own close button (in the header button's place) closes it and gives focus back too.
    await button.click();
    await page.getByRole('dialog').getByRole('button', { name: t['frame.menuClose'] }).click();
    await expect(pages).toBeHidden();
    await expect(button).toBeFocused();

    // A page picked in the menu opens.
    await button.click();
    await pages.getByRole('link', { name: locale === 'ja' ? '用語集' : 'Glossary' }).click();
    await expect(page).toHaveURL(`/${locale}/glossary/`);
  });
}

test('without JavaScript the phone menu still opens (it is the platform dialog, opened by an invoker command)', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: phone });
  const page = await context.newPage();
  await page.goto('/en/overview/');
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('navigation', { name: 'Pages', exact: true })).toBeVisible();
  await context.close();
});

test('the sticky header never covers a linked heading or the focused element', async ({ page }) => {
  await page.setViewportSize(phone);
  await page.goto('/ja/benefits/#macc');
  const headerBottom = (await page.locator('.site-header').boundingBox())!.height;
  const heading = (await page.locator('#macc').boundingBox())!;
  expect(heading.y).toBeGreaterThanOrEqual(headerBottom);
  expect(heading.y).toBeLessThan(phone.height / 2);
  // Shift+Tab back up the page: each focused element shows below the header.
  await page.locator('.heading:has(#badge) a.heading-link').focus();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Shift+Tab');
    const box = await page.evaluate(() => document.activeElement!.getBoundingClientRect().toJSON());
    if (box.height > 0) expect(box.y, `focus ${i}`).toBeGreaterThanOrEqual(headerBottom);
  }
});

test('no Ctrl K hint on a touch screen; shown with a keyboard and mouse', async ({ browser, page }) => {
  await page.goto('/en/');
  await expect(page.locator('.search-button kbd')).toBeVisible();
  const touch = await browser.newContext({ viewport: phone, hasTouch: true, isMobile: true });
  const mobile = await touch.newPage();
  await mobile.goto('/en/');
  expect(await mobile.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
  await expect(mobile.locator('.search-button kbd')).toBeHidden();
  await touch.close();
});

test('on a phone "On this page" is a closed control under the title; on a wide screen a column marking the section read', async ({
  page,
}) => {
  await page.setViewportSize(phone);
  await page.goto('/en/benefits/');
  const toc = page.locator('details.toc');
  await expect(toc).not.toHaveAttribute('open');
  await expect(toc.locator('nav')).toBeHidden();
  const h1 = (await page.locator('h1').boundingBox())!;
  const summary = (await toc.locator('summary').boundingBox())!;
  expect(summary.y).toBeGreaterThan(h1.y + h1.height - 1);
  await toc.locator('summary').click();
  await expect(toc.locator('nav')).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/en/benefits/');
  await expect(toc).toHaveAttribute('open');
  const column = (await toc.boundingBox())!;
  const text = (await page.locator('article > p').first().boundingBox())!;
  expect(column.x).toBeGreaterThanOrEqual(text.x + text.width);
  // Above the first section, its first entry, the page's start, is current.
  await expect(toc.locator('a[aria-current=true]')).toHaveAttribute('href', '#_top');
  await page.locator('#macc').evaluate((h) => h.scrollIntoView());
  await expect(toc.locator('a[aria-current=true]')).toHaveAttribute('href', '#macc');
  await expect(toc.locator('a[aria-current=true]')).toHaveCount(1);
  await page.locator('#fee-scope').evaluate((h) => h.scrollIntoView());
  await expect(toc.locator('a[aria-current=true]')).toHaveAttribute('href', '#fee-scope');
});

for (const locale of ['ja', 'en'] as const) {
  test(`on a phone in ${locale} "On this page" reads as a control: a button face, a chevron that turns, the section being read in its name`, async ({
    page,
  }) => {
    const t = dict[locale];
    await page.setViewportSize(phone);
    await page.goto(`/${locale}/benefits/`);
    const toc = page.locator('details.toc');
    const summary = toc.locator('summary');
    const face = summary.getByText(t['frame.toc'], { exact: true });
    // A bordered face on the bar, with no disclosure triangle before it.
    const [border, marker] = await summary.evaluate((s) => [
      getComputedStyle(s.firstElementChild!).borderTopWidth,
      getComputedStyle(s).display === 'list-item',
    ]);
    expect(parseFloat(border)).toBeGreaterThan(0);
    expect(marker).toBe(false);
    const chevron = () => face.evaluate((f) => getComputedStyle(f, '::after').rotate);
    const closed = await chevron();
    // Above the first section, the control names the page's start by its title; further down, the section read.
    const title = (await page.locator('h1').textContent())!;
    await expect(summary).toHaveAccessibleName(`${t['frame.toc']} ${title}`);
    const section = page.locator('#macc');
    await section.evaluate((h) => h.scrollIntoView());
    await expect(summary).toHaveAccessibleName(`${t['frame.toc']} ${(await section.textContent())!}`);
    // The keyboard opens it; the chevron turns; the list is named by the label alone.
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(toc).toHaveAttribute('open');
    await expect.poll(chevron).not.toBe(closed);
    await expect(page.getByRole('navigation', { name: t['frame.toc'], exact: true })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(toc).not.toHaveAttribute('open');
    await expect.poll(chevron).toBe(closed);
  });
}

test('on a phone the contents label is short, leaving the bar to the section being read (ja no longer than en)', async ({
  page,
}) => {
  await page.setViewportSize(phone);
  const share: Record<string, number> = {};
  for (const locale of ['en', 'ja'] as const) {
    await page.goto(`/${locale}/benefits/`);
    const summary = page.locator('details.toc summary');
    const face = summary.getByText(dict[locale]['frame.toc'], { exact: true });
    share[locale] = (await face.boundingBox())!.width / (await summary.boundingBox())!.width;
    expect(share[locale], locale).toBeLessThanOrEqual(0.4);
  }
  expect(share.ja).toBeLessThanOrEqual(share.en!);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`at 1280 px, ${colorScheme}: the page list is a tinted panel of its own beside the text, one surface with the header, and axe finds nothing`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme });
    await page.goto('/ja/overview/');
    const nav = (await page.locator('#site-nav').boundingBox())!;
    const text = (await page.locator('article > p').first().boundingBox())!;
    // Below the last group, where the panel is empty, and beside the text's first paragraph.
    const panel = await pixel(page, nav.x + 8, nav.y + nav.height - 8);
    const beside = await pixel(page, text.x - 8, text.y + 2);
    expect(panel).not.toBe(beside);
    // The current page's row stands out from the panel (its tint, not only its bar and colour).
    const current = (await page.locator('#site-nav [aria-current=page]').boundingBox())!;
    const row = await pixel(page, current.x + current.width - 4, current.y + current.height / 2);
    expect(contrast(row, panel)).toBeGreaterThanOrEqual(1.15);
    // The header and the page list are one surface around the text.
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(await pixel(page, header.x + header.width / 2, header.y + 4)).toBe(panel);
    // Its search box stands on it in the page's colour, as a field does.
    const search = (await page.locator('.site-header .search-button').boundingBox())!;
    expect(await pixel(page, search.x + search.width * 0.6, search.y + search.height / 2)).toBe(beside);
    // Dark, it stands out from the page as clearly as Starlight's (#23262f around #17181c: a contrast of 1.17).
    if (colorScheme === 'dark') expect(contrast(panel, beside)).toBeGreaterThanOrEqual(1.15);
    expect(await axeViolations(page)).toEqual([]);
  });
}

/** WCAG contrast ratio of two "r,g,b" pixels. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = rgb.split(',').map((c) => {
      const v = Number(c) / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

test('the language switch keeps the section being read when the address has no #', async ({ page }) => {
  await page.goto('/ja/benefits/');
  await page.locator('#macc').evaluate((h) => h.scrollIntoView());
  await page.getByRole('navigation', { name: '言語' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL('/en/benefits/#macc');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#macc')).toBeInViewport();
  // By keyboard too: reaching the switch does not scroll the page away from the section.
  await page.goto('/en/benefits/');
  await page.locator('#badge').evaluate((h) => h.scrollIntoView());
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/ja/benefits/#badge');
});

test('heading actions show on hover and focus, and stay on the heading line on a phone', async ({ page }) => {
  await page.goto('/en/benefits/');
  const actions = page.locator('.heading:has(#fee) .heading-actions');
  await expect(actions).toHaveCSS('opacity', '0');
  await page.locator('#fee').hover();
  await expect(actions).toHaveCSS('opacity', '1');

  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('/ja/benefits/');
    for (const heading of await page.locator('article .heading:has(h2)').all()) {
      const h2 = (await heading.locator('h2').boundingBox())!;
      const box = (await heading.locator('.heading-actions').boundingBox())!;
      // Beside the heading's first line, not on a line of its own under it.
      expect(box.y, `${width}px`).toBeLessThan(h2.y + 24);
      expect(box.x, `${width}px`).toBeGreaterThan(h2.x + 40);
    }
  }
});

test('focus is an accent-coloured ring; an invalid amount shows a red border and an icon', async ({ page }) => {
  await page.goto('/en/overview/');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  const outline = await focused.evaluate((el) => getComputedStyle(el).outlineColor);
  expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  // The accent is the colour of links in the text (the ring was red before).
  const link = await page
    .locator('article p a[href]')
    .first()
    .evaluate((a) => getComputedStyle(a).color);
  expect(outline).toBe(link);

  await openHydrated(page, '/en/calculator/');
  await field(page, 'en', 'offerType').selectOption('saas');
  const input = field(page, 'en', 'azureConsumedRevenueUsd');
  const before = await input.evaluate((el) => [
    getComputedStyle(el).borderTopColor,
    getComputedStyle(el).backgroundImage,
  ]);
  await input.fill('ten thousand');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  const after = await input.evaluate((el) => [
    getComputedStyle(el).borderTopColor,
    getComputedStyle(el).backgroundImage,
  ]);
  expect(after[0]).not.toBe(before[0]);
  expect(before[1]).toBe('none');
  expect(after[1]).toMatch(/^url\("data:image\/svg\+xml/);
});

test('Japanese headings and table headers break between phrases; citation keys never split', async ({ page }) => {
  await page.setViewportSize(phone);
  await page.goto('/ja/statuses/');
  for (const sel of ['h1', 'article h2', 'article th']) {
    const wordBreak = await page
      .locator(sel)
      .first()
      .evaluate((el) => getComputedStyle(el).wordBreak);
    expect(['auto-phrase', 'keep-all'], sel).toContain(wordBreak);
  }
  // Every citation link is one line high.
  for (const key of (await page.locator('a[href*="/sources/#src-"]').all()).slice(0, 20)) {
    const rects = await key.evaluate((a) => a.getClientRects().length);
    expect(rects).toBe(1);
  }
});

test('the sources table gets the width of a 1280 px window and is not clipped', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/en/sources/');
  const region = page.locator('.docs-table-scroll').first();
  const [scroll, client] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
  expect(scroll).toBeLessThanOrEqual(client);
  const right = await region.evaluate((el) => el.getBoundingClientRect().right);
  expect(1280 - right).toBeLessThan(80);
});

for (const locale of ['ja', 'en'] as const) {
  test(`print in ${locale}: an embedded check prints what leads to it, no empty box; links print their full address`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/benefits/`);
    await page.emulateMedia({ media: 'print' });
    // Not scrolled to, so not started: its reserved result space does not print.
    await expect(page.locator('article astro-island').first()).toHaveAttribute('ssr');
    const island = page.locator('article .guide-check').first();
    const box = (await island.boundingBox())!;
    expect(box.height).toBeLessThan(200);
    await expect(island.getByRole('link', { name: dict[locale]['calc.embed.more'] })).toBeVisible();
    const after = await island
      .getByRole('link', { name: dict[locale]['calc.embed.more'] })
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(`https://co-sell-guide.example.org/${locale}/calculator/`);
  });
}

test('on a phone the contents stay reachable while reading: a bar under the header naming the section, closed once one is picked', async ({
  page,
}) => {
  await page.setViewportSize(phone);
  await page.goto('/en/benefits/');
  const toc = page.locator('details.toc');
  const summary = toc.locator('summary');
  await page.locator('#macc').evaluate((h) => h.scrollIntoView());
  const headerBottom = (await page.locator('.site-header').boundingBox())!.height;
  await expect(async () => {
    const bar = (await summary.boundingBox())!;
    expect(Math.abs(bar.y - headerBottom)).toBeLessThan(2);
  }).toPass();
  await expect(summary).toHaveAttribute('data-at', (await page.locator('#macc').textContent())!);
  await summary.click();
  const last = toc.getByRole('link').last();
  const target = (await last.getAttribute('href'))!;
  await last.click();
  await expect(toc).not.toHaveAttribute('open');
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  // The picked section shows below the bar, not under it.
  const heading = (await page.locator(target).boundingBox())!;
  const bar = (await summary.boundingBox())!;
  expect(heading.y).toBeGreaterThanOrEqual(bar.y + bar.height);
});

test('without the contents column the text starts at the same place with or without a wide table, which takes the width', async ({
  page,
}) => {
  // Decided by the page's class, not by a :has() rule that moved the text aside once the table was parsed.
  await page.setViewportSize({ width: 1280, height: 900 });
  const firstParagraphX = async (path: string) => {
    await page.goto(path);
    return (await page.locator('article > p').first().boundingBox())!.x;
  };
  const plain = await firstParagraphX('/en/calculator/');
  expect(await page.locator('.docs-wide').count()).toBe(0);
  expect(await firstParagraphX('/en/sources/')).toBeCloseTo(plain, 0);
  const text = (await page.locator('article > p').first().boundingBox())!;
  const table = (await page.locator('.docs-wide').first().boundingBox())!;
  expect(table.width).toBeGreaterThan(text.width + 100);
});

test('on a phone the page takes the full width of the screen: no empty scrollbar strip down its right edge', async ({
  page,
}) => {
  await page.setViewportSize(phone);
  await page.goto('/ja/overview/');
  expect(await page.evaluate(() => document.documentElement.clientWidth)).toBe(phone.width);
  expect((await page.locator('.site-header').boundingBox())!.width).toBe(phone.width);
});

/** The colour the screen shows at a point of the viewport, as 'r,g,b' (read from a screenshot of that pixel). */
async function pixel(page: Page, x: number, y: number): Promise<string> {
  const png = await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const ctx = new OffscreenCanvas(1, 1).getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)].join(',');
  }, png.toString('base64'));
}

for (const width of [375, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`at ${width} px, ${colorScheme}: the title stands on the page's own colour, apart from the tinted header, ruled off across the text's column`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme });
      await page.goto('/ja/overview/');
      const background = await page.evaluate(() => {
        const [r, g, b] = getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g)!;
        return `${r},${g},${b}`;
      });
      const h1 = (await page.locator('article h1').boundingBox())!;
      const column = (await page.locator('.doc').boundingBox())!;
      const header = (await page.locator('.site-header').boundingBox())!;
      const title = h1.y + 4;
      // The header keeps its tint; the title under it, from one edge of the text's column to the other, does not
      // (sharing the tint, header and title read as one slab).
      expect(await pixel(page, header.x + header.width / 2, header.y + 4)).not.toBe(background);
      expect(await pixel(page, column.x + 2, title)).toBe(background);
      expect(await pixel(page, column.x + column.width - 3, title)).toBe(background);
      // A rule under the title from one edge of the column to the other.
      const rule = h1.y + h1.height - 1;
      expect(await pixel(page, column.x + 2, rule)).not.toBe(background);
      expect(await pixel(page, column.x + column.width - 3, rule)).not.toBe(background);
      const text = (await page.locator('article > p').first().boundingBox())!;
      expect(await pixel(page, column.x + 2, text.y + 2)).toBe(background);
      if (width > 1000) expect(await pixel(page, column.x + column.width + 4, title)).toBe(background);
    });
  }
}

test('the page list: clear group labels that fold their pages, with the group of the page being read open', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/en/sources/');
  const pages = page.getByRole('navigation', { name: 'Pages', exact: true });
  const reference = pages.locator('details', { has: page.locator('summary', { hasText: 'Reference' }) });
  await expect(reference).toHaveAttribute('open');
  await expect(reference.locator('[aria-current=page]')).toBeVisible();
  // The labels are in the text's colour and weight, not faint.
  const label = reference.locator('summary');
  const [labelColour, textColour, weight] = await label.evaluate((s) => [
    getComputedStyle(s).color,
    getComputedStyle(document.body).color,
    Number(getComputedStyle(s).fontWeight),
  ]);
  expect(labelColour).toBe(textColour);
  expect(weight).toBeGreaterThanOrEqual(600);
  // Every group starts open; a click on a label folds its pages, the keyboard opens them again.
  for (const details of await pages.locator('details').all()) await expect(details).toHaveAttribute('open');
  await label.click();
  await expect(reference.getByRole('link', { name: 'Glossary' })).toBeHidden();
  await expect(pages.getByRole('link', { name: 'Eligibility calculator' })).toBeVisible();
  await label.focus();
  await page.keyboard.press('Enter');
  await expect(reference.getByRole('link', { name: 'Glossary' })).toBeVisible();
});

test('fonts: a Japanese page draws its Latin letters in its Japanese face, an English page in a Latin face of its stack, never DejaVu Sans', async ({
  page,
}) => {
  const faces = async (path: string) => {
    await page.goto(path);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const families = new Set<string>();
    for (const selector of ['article > p', 'h1', '.sidebar a']) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      for (const font of (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts)
        families.add(font.familyName);
    }
    const stack = await page.evaluate(() => getComputedStyle(document.documentElement).fontFamily);
    return { families: [...families], stack: stack.split(',').map((f) => f.trim().replace(/^['"]|['"]$/g, '')) };
  };
  // The overview's first paragraph mixes Latin names (Microsoft) into Japanese text.
  const ja = await faces('/ja/overview/');
  expect(ja.stack[0]).toMatch(/Hiragino|Noto Sans (CJK )?JP|Yu Gothic|Meiryo/);
  // Where the system has one of the stack's Japanese faces, it draws everything, Latin included.
  const japaneseFace = ja.families.find((f) => ja.stack.includes(f) && f !== 'sans-serif');
  if (japaneseFace) expect(ja.families).toEqual([japaneseFace]);
  const en = await faces('/en/overview/');
  expect(en.families.length).toBeGreaterThan(0);
  for (const family of en.families) expect(en.stack, family).toContain(family);
});
