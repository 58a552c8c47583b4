import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fill,
  formatDate,
  formatNumber,
  formatRate,
  formatUsd,
  joinList,
  money,
  plural,
} from '../../../src/lib/format.ts';
import { en } from '../../../src/i18n/en.ts';
import { ja } from '../../../src/i18n/ja.ts';
import { assess } from '../../../src/rules/index.ts';

describe('one way to write each figure', () => {
  it('writes dollars as Microsoft does in each language, cents only when there are any', () => {
    expect(formatUsd(1000, 'en')).toBe('USD 1,000');
    expect(formatUsd(1234.5, 'en')).toBe('USD 1,234.50');
    expect(formatUsd(12000, 'ja')).toBe('12,000 米国ドル');
    expect(money(1e12)).toEqual({ ja: '1,000,000,000,000 米国ドル', en: 'USD 1,000,000,000,000' });
  });

  it('never writes a minus sign before zero', () => {
    for (const zero of [-0, -0.001]) {
      expect(formatUsd(zero, 'en')).toBe('USD 0');
      expect(formatUsd(zero, 'ja')).toBe('0 米国ドル');
    }
    expect(formatRate(-0)).toBe('0%');
    expect(formatNumber(-12.5)).toBe('-12.50');
  });

  it('writes the fee card figures as the engine writes its reasons', () => {
    const result = assess(
      {
        offerType: 'saas',
        transactable: true,
        teamsOrM365Linked: true,
        listedIn: ['appsource'],
        monthlySalesUsd: 10000,
        qualifiesOn: '2021-04-01',
      },
      '2021-03',
    );
    if (!result.ok) throw new Error('valid answers were refused');
    const { fee } = result.assessment;
    for (const lang of ['ja', 'en'] as const) {
      expect(fee.reason[lang]).toContain(formatUsd(fee.monthlySavingsUsd, lang));
    }
  });

  it('writes rates as percentages', () => {
    expect(formatRate(0.2)).toBe('20%');
    expect(formatRate(0.03)).toBe('3%');
    expect(formatRate(0.025)).toBe('2.5%');
  });

  it('keeps the calendar date whatever the time zone, with four-digit years at both ends', () => {
    expect(formatDate('2021-05-01', 'en')).toBe('May 1, 2021');
    expect(formatDate('2021-05-01', 'ja')).toBe('2021 年 5 月 1 日');
    expect(formatDate('9999-12-01', 'en')).toBe('December 1, 9999');
    expect(formatDate('1000-01-01', 'en')).toBe('January 1, 1000');
  });

  it("writes every date as Intl's long date style does, in both languages", () => {
    const intl = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    const [jaIntl, enIntl] = [intl('ja-JP'), intl('en-US')];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          expect(formatDate(iso, 'en')).toBe(enIntl.format(date));
          // Japanese pages space digits from kanji: Intl's parts, spaced.
          expect(formatDate(iso, 'ja')).toBe(
            jaIntl
              .formatToParts(date)
              .map((p) => p.value)
              .join(' '),
          );
        },
      ),
    );
  });

  it('joins lists and fills templates', () => {
    expect(joinList(['a', 'b', 'c'], 'en')).toBe('a, b, and c');
    expect(joinList(['a', 'b', 'c'], 'ja')).toBe('a、b、c');
    expect(fill('{a} and {b}', { a: 1, b: 'x' })).toBe('1 and x');
    expect(fill('{unknown}', {})).toBe('{unknown}');
  });

  it('counts search results with each language\'s plural rules ("1 page found", never "1 pages found")', () => {
    const forms = (d: Record<'frame.searchCountOne' | 'frame.searchCount', string>) => ({
      one: d['frame.searchCountOne'],
      other: d['frame.searchCount'],
    });
    expect(plural(1, 'en', forms(en))).toBe('1 page found');
    expect(plural(2, 'en', forms(en))).toBe('2 pages found');
    expect(plural(0, 'en', forms(en))).toBe('0 pages found');
    expect(plural(1, 'ja', forms(ja))).toBe('1 件のページが見つかりました');
  });
});
