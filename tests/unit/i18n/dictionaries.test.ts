import { describe, expect, it } from 'vitest';
import { ja } from '../../../src/i18n/ja.ts';
import { en } from '../../../src/i18n/en.ts';
import { otherLocale, useTranslations } from '../../../src/i18n/index.ts';

describe('UI dictionaries', () => {
  it('have the same keys in both locales, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
    for (const value of [...Object.values(ja), ...Object.values(en)]) expect(value.trim()).not.toBe('');
  });

  it('give each locale its own words and a switch to the other', () => {
    expect(useTranslations('ja')('nav.skip')).toBe('本文へスキップ');
    expect(useTranslations('en')('nav.skip')).toBe('Skip to content');
    expect(otherLocale('ja')).toBe('en');
    expect(otherLocale('en')).toBe('ja');
  });

  it('set Japanese edition titles against the Japanese around them, with no space ("2023 年 7 月版のステータス")', () => {
    // A title ends in 版 or in its closing parenthesis; the guide writes no space between either and Japanese.
    const kana = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]`;
    const space = new RegExp(String.raw`\{edition\} ${kana}|${kana} \{edition\}`, 'u');
    const spaced = Object.entries(ja).filter(([, value]) => space.test(value));
    expect(spaced).toEqual([]);
  });
});
