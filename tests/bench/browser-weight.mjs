// Measurements only a real browser gives: which scripts a page really loads (islands hydrated by scrolling
// them into view), and what opening search and running one query downloads.
import { chromium } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './chromium.mjs';
import { gzBytes } from './page-weight.mjs';

/** A word every locale's guide contains, so the query loads real index chunks and result fragments. */
const searchQueries = { ja: '共同販売', en: 'co-sell' };

/** Gzipped size of a response body: Pagefind's index files are gzip already; text is gzipped as a host would. */
const transferredGz = (body) => (body[0] === 0x1f && body[1] === 0x8b ? body.length : gzBytes(body));

const kindOf = (url) => {
  const path = new URL(url).pathname;
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.css$/.test(path)) return 'css';
  if (/\.html$|\/$/.test(path)) return 'html';
  return 'data';
};

/** Records same-origin responses from now on; `settle()` waits until the network has been quiet for a while. */
function recorder(page, origin) {
  const responses = [];
  let pending = 0;
  let lastActivity = Date.now();
  page.on('request', () => {
    pending += 1;
    lastActivity = Date.now();
  });
  const done = () => {
    pending -= 1;
    lastActivity = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('response', (response) => {
    if (response.url().startsWith(origin)) responses.push(response);
  });
  return {
    /** Forgets what was recorded so far; later calls see only new responses. */
    mark: () => responses.splice(0),
    async settle(quietMs = 700, timeoutMs = 15_000) {
      const start = Date.now();
      while (Date.now() - start < timeoutMs && (pending > 0 || Date.now() - lastActivity < quietMs)) {
        await page.waitForTimeout(100);
      }
    },
    async sizes() {
      const sized = [];
      for (const response of responses) {
        const body = await response.body().catch(() => null);
        if (body) sized.push({ url: response.url(), kind: kindOf(response.url()), bytes: transferredGz(body) });
      }
      return sized;
    },
  };
}

export async function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}

/**
 * Same-origin scripts a page loads once it is open and every island has been in view.
 * @returns {Promise<string[]>} URL paths
 */
export async function scriptsLoaded(browser, origin, pagePath) {
  const page = await browser.newPage();
  try {
    const net = recorder(page, origin);
    await page.goto(origin + pagePath, { waitUntil: 'load' });
    // client:visible islands hydrate once they intersect the viewport: bring each one into view in turn.
    const islands = await page.locator('astro-island').count();
    for (let i = 0; i < islands; i += 1) {
      await page.evaluate((n) => {
        const island = document.querySelectorAll('astro-island')[n];
        (island?.firstElementChild ?? island)?.scrollIntoView();
      }, i);
      await page.waitForTimeout(150);
    }
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await net.settle();
    return (await net.sizes()).filter((r) => r.kind === 'js').map((r) => new URL(r.url).pathname);
  } finally {
    await page.close();
  }
}

/** Gzipped bytes of recorded responses, by kind. */
async function totalsOf(net) {
  const totals = { js: 0, css: 0, html: 0, data: 0, files: 0 };
  for (const { kind, bytes } of await net.sizes()) {
    totals[kind] += bytes;
    totals.files += 1;
  }
  net.mark();
  return totals;
}

/**
 * What search downloads on a page, gzipped, by kind: `opened` when its UI is opened (before typing), `query`
 * when one query is typed. Search opens through the control named "検索" or "Search" (a button, or a link to a
 * search page) unless a search box is already visible; the query goes into that box.
 * @typedef {{ js: number, css: number, html: number, data: number, files: number }} Totals
 * @returns {Promise<{ opened: Totals, query: Totals } | { error: string }>}
 */
export async function searchWeight(browser, origin, pagePath, locale) {
  const page = await browser.newPage();
  try {
    const net = recorder(page, origin);
    await page.goto(origin + pagePath, { waitUntil: 'load' });
    await net.settle();
    net.mark();

    const name = /検索|search/i;
    const box = page
      .getByRole('searchbox')
      .or(page.getByRole('textbox', { name }))
      .or(page.locator('input[type="search"], .pagefind-ui__search-input'))
      .first();
    if (!(await box.isVisible())) {
      const opener = page.getByRole('button', { name }).or(page.getByRole('link', { name })).first();
      if (!(await opener.count())) return { error: `no control named 検索/Search on ${pagePath}` };
      await opener.click();
      await box.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {});
      if (!(await box.isVisible())) return { error: `opening search on ${pagePath} shows no search box` };
      await net.settle();
    }
    const opened = await totalsOf(net);

    // Results come after a debounce and the index download: wait for the first index file, then for quiet.
    const indexArrives = page.waitForResponse((r) => r.url().startsWith(origin) && kindOf(r.url()) === 'data', {
      timeout: 20_000,
    });
    await box.fill(searchQueries[locale] ?? searchQueries.en);
    await indexArrives.catch(() => {});
    await net.settle(1_000);
    const query = await totalsOf(net);
    // Search that downloads no index at all has nothing to search in: it does not work on this page.
    if (!opened.data && !query.data) return { error: `typing a query on ${pagePath} downloaded no search index` };
    return { opened, query };
  } finally {
    await page.close();
  }
}
