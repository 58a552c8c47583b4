import { describe, expect, it } from 'vitest';
import { joinJapaneseLines } from '../../../src/build/japanese-lines.ts';

describe('line breaks in Japanese paragraphs', () => {
  it('drops a break after Japanese punctuation and between Japanese characters', () => {
    expect(joinJapaneseLines('取り組みです。\nプランを')).toBe('取り組みです。プランを');
    expect(joinJapaneseLines('仕組みです。\nMicrosoft の')).toBe('仕組みです。Microsoft の');
    expect(joinJapaneseLines('共同販売\n案件')).toBe('共同販売案件');
  });

  it('keeps a break between Latin words, where it is a space', () => {
    expect(joinJapaneseLines('closing the deal.\nWhen you')).toBe('closing the deal.\nWhen you');
    expect(joinJapaneseLines('Azure Marketplace と\nMicrosoft AppSource')).toBe(
      'Azure Marketplace と\nMicrosoft AppSource',
    );
  });
});
