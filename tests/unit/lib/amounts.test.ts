import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../src/lib/amounts.ts';

describe('parseAmount', () => {
  it.each([
    ['100000', 100000],
    ['100,000', 100000],
    ['$100,000', 100000],
    ['USD 100,000', 100000],
    ['usd100000', 100000],
    ['１００，０００', 100000],
    ['＄１００，０００', 100000],
    ['  10,000  ', 10000],
    ['\u300010000\u3000', 10000],
    ['1234.5', 1234.5],
    ['0', 0],
    ['1000000000000', 1e12],
  ])('reads %j as %d', (text, value) => {
    expect(parseAmount(text)).toEqual({ ok: true, value });
  });

  it('treats empty text as unanswered, not as zero', () => {
    expect(parseAmount('')).toEqual({ ok: true, value: undefined });
    expect(parseAmount('   ')).toEqual({ ok: true, value: undefined });
  });

  it.each(['-5', '-$100', '$-100', '－１００', 'USD -1,000'])('rejects the negative amount %j', (text) => {
    expect(parseAmount(text)).toEqual({ ok: false, problem: 'negative' });
  });

  it.each(['abc', '10k', '1,00,000', '100,00', '1.2.3', '$', '1e5', '10 000 000x'])(
    'rejects %j as not a number',
    (text) => {
      expect(parseAmount(text)).toEqual({ ok: false, problem: 'not-a-number' });
    },
  );

  it.each(['1000000000001', '9'.repeat(400)])('rejects %j as too large', (text) => {
    expect(parseAmount(text)).toEqual({ ok: false, problem: 'too-large' });
  });
});
