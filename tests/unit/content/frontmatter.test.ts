import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { collections } from '../../../src/content.config.ts';
import { docLocales, pagesByLocale, readPage } from './doc-pairs.ts';

const docsSchema = (() => {
  const schema = collections.docs.schema;
  if (!schema || typeof schema === 'function')
    throw new Error('the docs collection schema should be a plain zod object');
  return schema;
})();

/** What the build reports for one page's frontmatter: "file: field: message" per problem (Astro's own parser and schema). */
function frontmatterProblems(file: string, source: string): string[] {
  const result = docsSchema.safeParse(parseFrontmatter(source).frontmatter);
  return result.success ? [] : result.error.issues.map((issue) => `${file}: ${issue.path.join('.')}: ${issue.message}`);
}

const orderOf = (source: string): unknown => parseFrontmatter(source).frontmatter.order;

describe('guide page frontmatter', () => {
  for (const locale of docLocales) {
    for (const name of pagesByLocale('content/docs')[locale]) {
      it(`${locale}/${name} passes the collection schema`, () => {
        expect(frontmatterProblems(`${locale}/${name}`, readPage('content/docs', locale, name))).toEqual([]);
      });
    }
  }

  it('names the file and each wrong field', () => {
    const source = '---\ntitle: Benefits\norder: ten\nsourceDate: 2021-03-17\n---\n\nText.\n';
    const problems = frontmatterProblems('en/benefits.mdx', source);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^en\/benefits\.mdx: description: /);
    expect(problems[1]).toMatch(/^en\/benefits\.mdx: order: /);
  });

  it('orders the sidebar as agreed, the same in both locales', () => {
    const agreed = {
      index: 0,
      overview: 10,
      categories: 20,
      statuses: 30,
      editions: 35,
      benefits: 40,
      calculator: 50,
      changes: 60,
      glossary: 70,
      sources: 80,
    };
    const [first, ...others] = docLocales.map((locale) =>
      Object.fromEntries(
        pagesByLocale('content/docs')[locale].map((name) => [
          name.replace('.mdx', ''),
          orderOf(readPage('content/docs', locale, name)),
        ]),
      ),
    );
    // A page added later (CONTRIBUTING.md, "Adding a page") takes any free place; the agreed pages keep theirs.
    expect(first).toMatchObject(agreed);
    const places = Object.values(first!);
    expect(new Set(places).size, 'two pages share a sidebar place').toBe(places.length);
    for (const orders of others) expect(orders).toEqual(first);
  });
});
