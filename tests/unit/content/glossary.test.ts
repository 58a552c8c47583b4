import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossaryTermSchema } from '../../../src/lib/glossary-schema.ts';
import { ja as jaDictionary } from '../../../src/i18n/ja.ts';
import { pagesByLocale, readPage } from './doc-pairs.ts';

const raw: unknown[] = JSON.parse(readFileSync('content/glossary.json', 'utf8'));
const terms = raw.map((entry) => glossaryTermSchema.parse(entry));

/**
 * Japanese prose without what may cite another wording on purpose: quotations (「…」) and a term glossed with a
 * variant right after it, e.g. プラン (オファー).
 */
const withoutCitedWording = (text: string) =>
  terms
    .flatMap((t) => (t.avoid ?? []).map((variant) => `${t.ja} (${variant})`))
    .reduce((rest, gloss) => rest.replaceAll(gloss, ''), text.replace(/「[^」]*」/g, ''));
const jaProse = (name: string) => withoutCitedWording(readPage('content/docs', 'ja', name));

/** Drifting variants found in a Japanese text, each with the glossary's term. */
const driftIn = (prose: string) =>
  terms.flatMap((t) => (t.avoid ?? []).filter((variant) => prose.includes(variant)).map((v) => `${v} → ${t.ja}`));

/** Every Japanese string of a data file: the values of its "ja" keys, at any depth. */
function jaStrings(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(jaStrings);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => (key === 'ja' && typeof v === 'string' ? [v] : jaStrings(v)));
}

// The rules data and the UI dictionary also write the pages: requirement rows, benefit summaries, caveats, labels.
const dataFiles = readdirSync('content/editions').filter((name) => name.endsWith('.json'));

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
      expect(driftIn(jaProse(name))).toEqual([]);
    });
  }

  for (const name of dataFiles) {
    it(`content/editions/${name}: its Japanese uses the glossary's wording`, () => {
      const strings = jaStrings(JSON.parse(readFileSync(`content/editions/${name}`, 'utf8')));
      expect(strings.flatMap((text) => driftIn(withoutCitedWording(text)).map((d) => `${d}: ${text}`))).toEqual([]);
    });
  }

  it("the Japanese UI dictionary uses the glossary's wording", () => {
    const found = Object.entries(jaDictionary).flatMap(([key, text]) =>
      driftIn(withoutCitedWording(text)).map((d) => `${key}: ${d}`),
    );
    expect(found).toEqual([]);
  });

  it('names an offer type the way the glossary does, where the glossary has it (SaaS, IoT Edge module)', () => {
    const { offerTypes } = JSON.parse(readFileSync('content/editions/texts.json', 'utf8')) as {
      offerTypes: Record<string, { ja: string; en: string }>;
    };
    const inGlossary = terms.filter((t) => t.id in offerTypes);
    expect(inGlossary.map((t) => t.id)).toEqual(expect.arrayContaining(['saas', 'iot-edge-module']));
    for (const term of inGlossary) expect(offerTypes[term.id]).toEqual({ ja: term.ja, en: term.en });
  });

  it('finds a drifting variant in data and lets a quotation or a gloss through', () => {
    expect(driftIn(withoutCitedWording('Business Applications ISV コネクト プログラムに登録します。'))).toEqual([
      'ISV コネクト → Microsoft Business Applications ISV Connect プログラム',
    ]);
    expect(driftIn(withoutCitedWording('元の訳は「ISV コネクト」です。プラン (オファー) を選びます。'))).toEqual([]);
  });
});
