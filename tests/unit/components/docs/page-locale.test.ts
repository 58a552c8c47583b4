import { describe, expect, it } from 'vitest';
import StatusList from '../../../../src/components/docs/StatusList.astro';
import { pageLocale } from '../../../../src/components/docs/locale.ts';
import { editionIds } from '../../../../src/rules/core/ids.ts';
import { docLocales, pagesByLocale, readPage } from '../../content/doc-pairs.ts';
import { docsContainer } from '../render.ts';

const pages = docLocales.flatMap((locale) => pagesByLocale('content/docs')[locale].map((name) => ({ locale, name })));

describe('docs components take the language of the page they are on', () => {
  for (const { locale, name } of pages) {
    it(`${locale}/${name}: no component is given its language by hand, and every edition is named by its id`, () => {
      const source = readPage('content/docs', locale, name);
      expect(source.match(/<[A-Z]\w*[^>]*\b(?:lang|locale)=[^>]*>/g) ?? []).toEqual([]);
      const editions = [...source.matchAll(/<[A-Z]\w*[^>]*\bedition=(\S+?)(?=\s|\/?>)/g)].map((m) => m[1]!);
      expect(editions.filter((value) => !editionIds.some((id) => value === `"${id}"`))).toEqual([]);
    });
  }

  it('renders in the language of the address', async () => {
    const render = await docsContainer();
    expect(await render(StatusList, 'en', { edition: '2021-03' })).toContain('Co-sell ready');
    expect(await render(StatusList, 'ja', { edition: '2021-03' })).toContain('共同販売の準備完了');
  });

  it('refuses a page outside the two locales instead of guessing one', () => {
    expect(() => pageLocale(undefined)).toThrow(/outside \/ja\/ and \/en\//);
    expect(() => pageLocale('fr')).toThrow(/fr/);
    expect(pageLocale('en')).toBe('en');
  });
});
