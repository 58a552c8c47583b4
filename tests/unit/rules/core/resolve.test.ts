// Each requirement merged with its wording, the threshold filled in (resolve.ts), as the server entry builds every
// edition with it.
import { describe, expect, it } from 'vitest';
import { editionIds, editions } from '../../../../src/rules/index.ts';

describe('worded editions', () => {
  it('gives every requirement of every edition a label and condition in both languages', () => {
    for (const id of editionIds) {
      for (const r of editions[id].requirements) {
        expect(r.label.ja && r.label.en && r.condition.ja && r.condition.en, `${id} ${r.id}`).toBeTruthy();
      }
    }
  });

  it('writes a threshold once, in the rule: conditions show the rule figure and no unfilled placeholder', () => {
    for (const id of editionIds) {
      for (const r of editions[id].requirements) {
        expect(`${r.condition.ja} ${r.condition.en}`, `${id} ${r.id}`).not.toMatch(/\{\w+\}/);
      }
      const revenue = editions[id].requirements.find((r) => r.id.endsWith('r1-revenue'))!;
      expect(revenue.rule).toMatchObject({ thresholdUsd: 100_000 });
      expect(revenue.condition.en).toContain('USD 100,000');
      expect(revenue.condition.ja).toContain('100,000 米国ドル');
    }
  });
});
