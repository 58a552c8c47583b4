import { describe, expect, it } from 'vitest';
import { compareEditions, editionIds } from '../../../../src/rules/index.ts';
import { coSellReady, qualifyingSaas } from '../fixtures.ts';

describe('the same answers under every edition', () => {
  it('assesses each edition, oldest first', () => {
    const { rows } = compareEditions(qualifyingSaas);
    expect(rows.map((r) => r.edition)).toEqual([...editionIds]);
    expect(rows.every((r) => r.result.ok)).toBe(true);
  });

  it('a qualified SaaS offer: the fee, the CSP incentive and the status names change', () => {
    const summary = compareEditions(qualifyingSaas).changes.map(
      (c) => `${c.from}→${c.to} ${c.field}: ${c.before.en} → ${c.after.en}`,
    );
    expect(summary).toEqual([
      '2021-03→2021-07 statusName: Azure IP co-sell incentivized → Azure IP co-sell incentive',
      '2021-03→2021-07 fee: 10% (standard 20%) → 3%',
      '2021-03→2021-07 cspIncentive: 10% to CSP partners → Not eligible',
      '2021-07→2021-10 statusName: Azure IP co-sell incentive → Azure IP co-sell incentive',
      '2021-10→2023-07 statusName: Azure IP co-sell incentive → Azure IP co-sell eligible',
    ]);
  });

  it('2021-07 → 2021-10 renames the status in Japanese only', () => {
    const change = compareEditions(qualifyingSaas).changes.find(
      (c) => c.from === '2021-07' && c.field === 'statusName',
    );
    expect(change?.before.ja).toBe('Azure IP 共同販売インセンティブ対象');
    expect(change?.after.ja).toBe('Azure IP 共同販売インセンティブ');
  });

  it('a SaaS offer whose solution type is Service loses Azure IP co-sell, the badge and MACC in 2023-07', () => {
    const changes = compareEditions({ ...qualifyingSaas, solutionType: 'service' }).changes.filter(
      (c) => c.to === '2023-07',
    );
    expect(changes.map((c) => [c.field, c.before.en, c.after.en])).toEqual([
      ['status', 'Azure IP co-sell incentive', 'Co-sell ready'],
      ['badge', 'Eligible', 'Not eligible'],
      ['macc', 'Eligible', 'Not eligible'],
    ]);
  });

  it('an ISV Connect offer that is only co-sell ready loses the badge from 2021-07', () => {
    const changes = compareEditions(coSellReady('dynamics-365-business-central')).changes;
    expect(changes).toContainEqual(expect.objectContaining({ from: '2021-03', to: '2021-07', field: 'badge' }));
  });

  it('an offer with no fee keeps saying so', () => {
    const changes = compareEditions({ ...qualifyingSaas, transactable: false }).changes;
    expect(changes.filter((c) => c.field === 'fee')).toEqual([]);
  });

  it('invalid answers give every edition the same errors and no changes', () => {
    const { rows, changes } = compareEditions({ transactable: 'yes' } as never);
    expect(rows.every((r) => !r.result.ok && r.result.errors[0].path === 'transactable')).toBe(true);
    expect(changes).toEqual([]);
  });
});
