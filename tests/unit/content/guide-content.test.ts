import { describe, expect, it } from 'vitest';
import { editionIds, editions } from '../../../src/rules/index.ts';
import { formatRate } from '../../../src/lib/format.ts';
import { ja as jaDictionary } from '../../../src/i18n/ja.ts';
import { en as enDictionary } from '../../../src/i18n/en.ts';
import { docLocales, headingIds, pagesByLocale, readPage } from './doc-pairs.ts';

const root = 'content/docs';
const newest = editions[editionIds[editionIds.length - 1]!];
const pages = docLocales.flatMap((locale) => pagesByLocale(root)[locale].map((name) => ({ locale, name })));

/** The page's prose without frontmatter, imports and component tags. */
const proseOf = (locale: string, name: string) =>
  readPage(root, locale, name)
    .replace(/^---[\s\S]*?---/, '')
    .replace(/^import .*$/gm, '')
    .replace(/<[A-Z][^>]*\/>/g, '');

/** The text under the heading with `id`, up to the next heading of the same or a higher level. */
function section(source: string, id: string): string {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => line.includes(`{ #${id} }`));
  expect(start, `heading #${id}`).toBeGreaterThan(-1);
  const level = lines[start]!.match(/^#+/)![0].length;
  const end = lines.findIndex((line, i) => i > start && /^#+ /.test(line) && line.match(/^#+/)![0].length <= level);
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}
/** What a page says before its first section. */
const opening = (source: string) => source.slice(0, source.search(/^## /m));

const newestRules = { ja: 'このガイドが出典を示せる最新のルール', en: 'the newest rules this guide can cite' } as const;
const liveRequirements = {
  ja: 'https://learn.microsoft.com/ja-jp/partner-center/referrals/co-sell-requirements',
  en: 'https://learn.microsoft.com/en-us/partner-center/referrals/co-sell-requirements',
} as const;

describe('guide pages speak in the present about the present', () => {
  for (const locale of docLocales) {
    it(`${locale}: home opens with the rules that apply today, then where the 2021 program differed`, () => {
      const home = proseOf(locale, 'index.mdx');
      const ids = headingIds(home).map((h) => h.id);
      expect(ids.indexOf('rules-today')).toBe(0);
      expect(ids.indexOf('how-2021-differed')).toBe(1);
      const today = section(home, 'rules-today');
      expect(today).toContain(newest.title[locale]);
      expect(today.toLowerCase()).toContain(newestRules[locale].toLowerCase());
      expect(today).toContain(formatRate(newest.fee.standardRate));
      expect(today).toContain(liveRequirements[locale]);
    });

    it(`${locale}: the overview names today's edition before its first section`, () => {
      const top = opening(proseOf(locale, 'overview.mdx'));
      expect(top).toContain(newest.title[locale]);
      expect(top.toLowerCase()).toContain(newestRules[locale].toLowerCase());
    });

    it(`${locale}: the benefits page explains today's fee first; the 2021 reduced fee comes after, as history`, () => {
      const page = proseOf(locale, 'benefits.mdx');
      const ids = headingIds(page).map((h) => h.id);
      expect(ids.indexOf('fee')).toBe(0);
      expect(ids.indexOf('reduced-fee-2021')).toBeGreaterThan(ids.indexOf('fee'));
      const fee = section(page, 'fee');
      expect(fee).toContain(formatRate(newest.fee.standardRate));
      // No rate of the 2021 editions in today's section: 20 % and 10 % belong to the history below.
      expect(fee).not.toMatch(/\b(20|10)%/);
      expect(section(page, 'fee-base')).toMatch(
        locale === 'ja' ? /Azure (インフラストラクチャ)?の使用料/ : /Azure (infrastructure )?usage/,
      );
      const history = section(page, 'reduced-fee-2021');
      expect(history).toMatch(/20%/);
      expect(history).toContain(locale === 'ja' ? '2021 年 7 月 12 日' : 'July 12, 2021');
    });

    it(`${locale}: What changed lists the changes reported after July 2023 first, never as rules, from the data`, () => {
      const page = readPage(root, locale, 'changes.mdx');
      expect(headingIds(page)[0]?.id).toBe('reported-since-2023');
      const reported = section(page, 'reported-since-2023');
      expect(reported).toContain('<ReportedChanges />');
      expect(reported).toMatch(locale === 'ja' ? /ルールとして当てはめず/ : /do not apply them as rules/);
    });

    it(`${locale}: the editions page tables every edition's period from the data`, () => {
      expect(section(readPage(root, locale, 'editions.mdx'), 'periods')).toContain('<EditionPeriods />');
    });
  }
});

describe('reader-facing text speaks to the reader', () => {
  // How the site is built, or the guide's own source document, said to a partner who wants an answer.
  const siteTalk = [
    /生成して/,
    /ルール データ/,
    /元ページ/,
    /データを直せば/,
    /generated from/,
    /rules data/,
    /seed page/,
    /editing the data/,
  ];
  for (const { locale, name } of pages) {
    it(`${locale}/${name}: no maintainer notes, and no ambiguity key as a bare label in running text`, () => {
      const prose = proseOf(locale, name);
      expect(siteTalk.filter((pattern) => pattern.test(prose)).map(String)).toEqual([]);
      // An ambiguity link says what kind of question it is ("where the sources disagree, A4"), not "ambiguity A4".
      expect(prose.match(/(あいまいな点|ambiguity) \[?A\d+/g) ?? []).toEqual([]);
    });
  }
});

describe('one way to write each thing in Japanese', () => {
  // Counters as Microsoft's Japanese docs and the rules data write them: 1 つ, 4 つ, 1 か所.
  const kanjiCounter = /[一二三四五六七八九十](つ|か所)/g;
  const jaTexts = [
    ...pagesByLocale(root).ja.map((name) => ({ where: `ja/${name}`, text: proseOf('ja', name) })),
    ...Object.entries(jaDictionary).map(([key, text]) => ({ where: key, text })),
  ];
  it('counts with digits, not kanji counters', () => {
    expect(jaTexts.flatMap(({ where, text }) => (text.match(kanjiCounter) ?? []).map((m) => `${where}: ${m}`))).toEqual(
      [],
    );
  });
});

describe('the FAQ answers with its sources', () => {
  for (const locale of docLocales) {
    it(`${locale}: every answer links at least one source`, () => {
      const page = proseOf(locale, 'faq.mdx');
      const ids = headingIds(page).map((h) => h.id!);
      expect(ids).toEqual(expect.arrayContaining(['fee-rate', 'teams-apps', 'macc-private-plans', 'required-fields']));
      for (const id of ids) {
        expect(section(page, id), id).toMatch(new RegExp(`\\]\\((/${locale}/sources/#src-|https://)`));
      }
    });
  }
});

describe('ja and en say the same thing', () => {
  // Places where the two languages once said different things (content audit 2026-12, §3.1).
  const pairs: { key: keyof typeof jaDictionary; ja: RegExp; en: RegExp }[] = [
    { key: 'calc.help.coSellListingComplete', ja: /セグメント/, en: /segments/ },
    { key: 'calc.checklist.top', ja: /この種類のプラン/, en: /this type of offer/ },
    {
      key: 'calc.help.servicesCredential',
      ja: /コンサルティング サービスのプランで問われます \(2021 年の版ではマネージド サービスも\)/,
      en: /consulting-service offers, and for managed-service offers in the 2021 editions/,
    },
  ];
  for (const { key, ja, en } of pairs) {
    it(key, () => {
      expect(jaDictionary[key]).toMatch(ja);
      expect(enDictionary[key]).toMatch(en);
    });
  }

  it('overview: partner-to-partner selling, not partners selling to each other', () => {
    expect(proseOf('en', 'overview.mdx')).toContain('partner-to-partner selling');
    expect(proseOf('en', 'overview.mdx')).not.toContain('sell to each other');
    expect(proseOf('ja', 'overview.mdx')).toContain('パートナー間の販売');
  });
});
