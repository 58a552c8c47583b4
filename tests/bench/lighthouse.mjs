// Lighthouse with its default (mobile) settings against pages served on loopback, in headless Chromium.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { lighthouseCategories } from './budgets.mjs';
import { chromiumFlags, chromiumPath } from './chromium.mjs';

const chromeFlags = ['--headless=new', ...chromiumFlags];

/** The first thing an audit found, e.g. " (Relative href value)", to say what to fix. */
function firstFinding(audit) {
  const item = audit.details?.items?.[0];
  const text = item?.description ?? item?.subItems?.items?.[0]?.reason ?? item?.url ?? item?.node?.snippet;
  return text ? ` (${String(text).slice(0, 100)})` : '';
}

/**
 * Runs Lighthouse on each URL in turn in one Chromium.
 * @param {string[]} urls
 * @returns {Promise<Map<string, { scores: Record<string, number | null>, failing: Record<string, string[]>, error?: string }>>}
 */
export async function lighthouseScores(urls) {
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags, logLevel: 'silent' });
  const results = new Map();
  try {
    for (const url of urls) {
      const run = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: lighthouseCategories });
      const lhr = run?.lhr;
      if (!lhr || lhr.runtimeError) {
        results.set(url, { scores: {}, failing: {}, error: lhr?.runtimeError?.message ?? 'no result' });
        continue;
      }
      const scores = {};
      const failing = {};
      for (const id of lighthouseCategories) {
        const category = lhr.categories[id];
        scores[id] = category?.score == null ? null : Math.round(category.score * 100);
        // The audits that cost points, so a missed budget says what to fix.
        failing[id] = (category?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 1)
          .map((audit) => `${audit.id}${firstFinding(audit)}`);
      }
      results.set(url, { scores, failing });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
