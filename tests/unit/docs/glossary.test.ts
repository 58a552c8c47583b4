import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossaryTermSchema } from '../../../src/lib/glossary-schema.ts';
import { pagesByLocale, readPage } from './doc-pairs.ts';

const raw: unknown[] = JSON.parse(readFileSync('content/glossary.json', 'utf8'));
const terms = raw.map((entry) => glossaryTermSchema.parse(entry));

/** Japanese prose of a page without its quotations (「…」 may cite the original wording on purpose). */
const jaProse = (name: string) => readPage('content/docs', 'ja', name).replace(/「[^」]*」/g, '');

describe('glossary', () => {
  it('has one entry per id, each with ja and en', () => {
    const ids = terms.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(terms.map((t) => t.id)).toEqual(
      expect.arrayContaining(['co-sell', 'co-sell-ready', 'preferred-solution-badge', 'marketplace-service-fee']),
    );
  });

  it('rejects an entry without its Japanese term', () => {
    const result = glossaryTermSchema.safeParse({ id: 'co-sell', en: 'co-sell' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('ja');
  });

  for (const name of pagesByLocale('content/docs').ja) {
    it(`ja/${name} uses the glossary's wording, not the drifting variants`, () => {
      const prose = jaProse(name);
      const found = terms.flatMap((t) => (t.avoid ?? []).filter((variant) => prose.includes(variant)).map((v) => `${v} → ${t.ja}`));
      expect(found).toEqual([]);
    });
  }
});
