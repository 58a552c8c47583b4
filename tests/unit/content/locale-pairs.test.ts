import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingIds, pagesByLocale, readPage, unpairedPages } from './doc-pairs.ts';

const root = 'content/docs';
const { ja } = pagesByLocale(root);

describe('guide pages in both locales', () => {
  it('every page exists in ja and en', () => {
    expect(ja.length).toBeGreaterThanOrEqual(8);
    expect(unpairedPages(root)).toEqual([]);
  });

  it('reports a page written in one locale only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-'));
    mkdirSync(join(dir, 'ja'));
    mkdirSync(join(dir, 'en'));
    for (const name of ['index.mdx', 'overview.mdx']) writeFileSync(join(dir, 'ja', name), '');
    writeFileSync(join(dir, 'en', 'index.mdx'), '');
    writeFileSync(join(dir, 'en', 'extra.mdx'), '');
    expect(unpairedPages(dir)).toEqual([
      `${dir}/ja/overview.mdx has no en/overview.mdx`,
      `${dir}/en/extra.mdx has no ja/extra.mdx`,
    ]);
  });

  for (const name of ja) {
    it(`${name}: same heading ids and levels in ja and en`, () => {
      const jaSource = readPage(root, 'ja', name);
      const enSource = readPage(root, 'en', name);
      const jaHeadings = headingIds(jaSource);
      // A heading without an explicit id would get a locale-specific slug and break shared links.
      expect(jaHeadings.filter((h) => h.id === null)).toEqual([]);
      expect(headingIds(enSource)).toEqual(jaHeadings);
    });
  }

  for (const name of ja) {
    it(`${name}: callouts (<Aside>) of the same types under the same headings in ja and en`, () => {
      // Each callout as "<heading id>: <type>", in page order.
      const callouts = (source: string) => {
        let section = '';
        const found: string[] = [];
        for (const line of source.split('\n')) {
          section = /\{\s*#([\w-]+)\s*\}\s*$/.exec(line)?.[1] ?? section;
          const aside = /^<Aside(?:\s+type="(\w+)")?/.exec(line);
          if (aside) found.push(`${section}: ${aside[1] ?? 'note'}`);
        }
        return found;
      };
      expect(callouts(readPage(root, 'en', name))).toEqual(callouts(readPage(root, 'ja', name)));
    });
  }

  it('keeps the seed page anchors on the overview', () => {
    const ids = headingIds(readPage(root, 'ja', 'overview.mdx')).map((h) => h.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'co-sell-opportunities',
        'co-sell-statuses',
        'benefits-of-co-sell-ready-status',
        'benefits-of-co-sell-incentivized-status',
        'next-steps',
      ]),
    );
  });
});
