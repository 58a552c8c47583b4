import { describe, expect, it } from 'vitest';
import { cleanExcerpt } from '../../../../src/components/frame/search.ts';
import { searchKeywords } from '../../../../src/components/frame/search-keywords.ts';
import type { GlossaryTerm } from '../../../../src/lib/glossary-schema.ts';

describe('search excerpts', () => {
  it('drop commit hashes, repository paths and file names, keeping the words and the marked matches', () => {
    const excerpt =
      'S-02 changeworld/azure-docs.ja-jp articles/marketplace/co-sell-requirements.md e97619e1bfbc March 17, 2021 The co-sell <mark>requirements</mark> page';
    expect(cleanExcerpt(excerpt)).toBe('S-02 March 17, 2021 The co-sell <mark>requirements</mark> page');
    expect(cleanExcerpt('see overview.mdx and rules.json')).toBe('see and');
  });

  it('keep years, amounts and words that merely look like hex', () => {
    const excerpt = 'From 2021-07 the fee is 3% for $100,000 of <mark>billed</mark> sales, and decade-old rules.';
    expect(cleanExcerpt(excerpt)).toBe(excerpt);
  });
});

describe('search keywords', () => {
  const terms: GlossaryTerm[] = [
    { id: 'fee', en: 'marketplace service fee', ja: 'マーケットプレース サービス料金', avoid: ['手数料'] },
    { id: 'csp', en: 'Cloud Solution Provider (CSP)', ja: 'クラウド ソリューション プロバイダー (CSP)' },
    { id: 'sa', en: 'Solution Assessment (SA)', ja: 'ソリューション評価 (SA)' },
    { id: 'edition', en: 'edition (of the rules)', ja: '版 (ルールの版)' },
  ];

  it('give a Japanese page the avoided wordings and English names of the terms its headings name', () => {
    const keywords = searchKeywords(
      'ja',
      ['特典', 'マーケットプレース サービス料金の引き下げ'],
      'マーケットプレース サービス料金 は…',
      terms,
    );
    expect(keywords).toEqual(['marketplace service fee', '手数料']);
  });

  it('match an abbreviation as a word, in any case, and skip glosses that are not one', () => {
    expect(searchKeywords('en', ['CSP incentive'], '', terms)).toEqual([
      'Cloud Solution Provider (CSP)',
      'Cloud Solution Provider',
      'CSP',
    ]);
    // "SA" is not in "SaaS offers".
    expect(searchKeywords('en', ['SaaS offers'], '', terms)).toEqual([]);
    expect(searchKeywords('en', ['Requirements per edition'], '', terms)).toEqual([
      'edition (of the rules)',
      'edition',
    ]);
  });

  it('leave out words the page already prints, and give a page whose headings name no term nothing', () => {
    expect(
      searchKeywords('en', ['Marketplace service fee reduction'], 'the marketplace service fee drops', terms),
    ).toEqual([]);
    expect(searchKeywords('ja', ['出典と読み方'], '', terms)).toEqual([]);
  });
});
