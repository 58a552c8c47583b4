// Readings of the sources that the content audit (2026-12, section 1) found wrong or unstated, each as a
// user of the calculator or the guide would meet it.
import { describe, expect, it } from 'vitest';
import { ambiguities, citations, editionIds, editions } from '../../../src/rules/index.ts';
import { en } from '../../../src/i18n/en.ts';
import { ja } from '../../../src/i18n/ja.ts';
import { assessed, qualifyingSaas, requirementOf } from './fixtures.ts';

describe('billed revenue: one question, read as the fact base says (A3; audit 1.2)', () => {
  it("the question asks for the organization's total, and every edition's caveat reads the figure the same way", () => {
    expect(en['calc.field.billedRevenueUsd']).toMatch(/of your organization/);
    expect(ja['calc.field.billedRevenueUsd']).toMatch(/^組織全体/);
    expect(`${en['calc.field.billedRevenueUsd']} ${ja['calc.field.billedRevenueUsd']}`).not.toMatch(
      /this offer|このプランの/,
    );
    for (const id of editionIds) {
      const a = assessed({ ...qualifyingSaas, billedRevenueUsd: 1 }, id);
      const caveat = a.caveats.find((c) => c.ambiguity === 'A3');
      expect(caveat?.text.en, id).toMatch(/asks for your organization's total/);
      expect(caveat?.text.ja, id).toMatch(/組織全体のマーケットプレース請求売上を尋ね/);
    }
  });
});

describe('billed revenue window: both readings shown where the edition states none (A2; audit 1.13)', () => {
  it('the question asks for the trailing 12 months, the reading the later editions state', () => {
    expect(en['calc.field.billedRevenueUsd']).toMatch(/trailing 12 months/);
    expect(ja['calc.field.billedRevenueUsd']).toMatch(/過去 12 か月間/);
  });

  it.each(['2021-03', '2021-07'])('%s: the result says no period is stated and gives both readings', (edition) => {
    const a = assessed({ ...qualifyingSaas, billedRevenueUsd: 150_000 }, edition);
    const caveat = a.caveats.find((c) => c.ambiguity === 'A2');
    expect(caveat?.text.en).toMatch(/no period/);
    expect(caveat?.text.en).toMatch(/trailing 12 months/);
    expect(caveat?.text.en).toMatch(/cumulative/);
    expect(caveat?.text.ja).toMatch(/過去 12 か月間/);
    expect(caveat?.text.ja).toMatch(/累計/);
  });

  it.each(['2021-10', '2023-07'])('%s states the window, so no such caveat is shown', (edition) => {
    expect(assessed(qualifyingSaas, edition).caveats.some((c) => c.ambiguity === 'A2')).toBe(false);
  });
});

describe('2023-07 offer types (audit 1.9)', () => {
  it('cite the configuration page that lists them (S-25), with the requirements page that excludes Office add-ins', () => {
    const offerType = editions['2023-07'].requirements.find((r) => r.id === 'csr.offer-type');
    expect(offerType?.sources).toEqual(['S-25', 'S-24']);
    expect(citations['S-25'].path).toMatch(/co-sell-configure/);
  });
});

describe('the one-pager (audit 1.14)', () => {
  it('is not called a single sheet: Microsoft allows up to 10 pages', () => {
    for (const id of editionIds) {
      const a = assessed(qualifyingSaas, id);
      expect(requirementOf(a, 'csr.doc-one-pager').label.ja, id).not.toMatch(/1 枚/);
    }
    expect(ja['calc.help.onePager']).not.toMatch(/1 ページ/);
    expect(en['calc.help.onePager']).not.toMatch(/one-page/);
    expect(en['calc.help.onePager']).toMatch(/10 pages/);
  });
});

describe('the 2023-07 edition amended from dated originals (fact base §4b)', () => {
  const newest = editions['2023-07'];

  it('cites the English original of the MACC rule (07/05/2023) and the badge refresh cadence (02/10/2023)', () => {
    expect(citations['S-28']).toMatchObject({ repository: 'kvamseek/partner-center', date: '2023-07-05' });
    expect(newest.benefits.badge.caveats.some((c) => /every 30 days.*45 days/.test(c.en))).toBe(true);
    expect(newest.benefits.badge.sources).toContain('S-30');
  });

  it('says what the 3% fee is charged on', () => {
    expect(newest.fee.caveats.some((c) => /license price/.test(c.en) && /ライセンス料金/.test(c.ja))).toBe(true);
  });

  it('lists the changes reported since as reports, each with its page and "date not established", never as rules', () => {
    const reported = newest.reported ?? [];
    const texts = reported.map((r) => r.text.en).join(' ');
    for (const topic of [
      /ISV Success/,
      /Azure consumed revenue or Marketplace billed sales/,
      /Microsoft Marketplace/,
      /January 22, 2025/,
    ]) {
      expect(texts).toMatch(topic);
    }
    for (const r of reported) {
      expect(r.page.ja && r.page.en).toBeTruthy();
      if (r.address !== null) expect(r.address).toMatch(/^https:\/\//);
    }
    // Nothing reported is a rule: the requirement 1 the engine applies is still Azure consumed revenue or billed revenue.
    expect(newest.requirements.find((r) => r.id === 'ipci.r1-revenue')?.rule).toMatchObject({
      kind: 'revenue',
      thresholdUsd: 100_000,
    });
  });

  it("links Microsoft's live requirements page in each language", () => {
    expect(newest.liveRequirements).toEqual({
      ja: 'https://learn.microsoft.com/ja-jp/partner-center/referrals/co-sell-requirements',
      en: 'https://learn.microsoft.com/partner-center/referrals/co-sell-requirements',
    });
  });

  it('names the readings the guide took where the 2023 sources are silent (A16–A18)', () => {
    for (const key of ['A16', 'A17', 'A18'])
      expect(ambiguities[key].reading.ja && ambiguities[key].reading.en).toBeTruthy();
  });
});
