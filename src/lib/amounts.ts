import { maxAmountUsd } from '../rules/core/answers.ts';

export type AmountProblem = 'negative' | 'not-a-number' | 'too-large';

export type ParsedAmount = { ok: true; value: number | undefined } | { ok: false; problem: AmountProblem };

/** Full-width forms a Japanese IME produces: digits, comma, period, minus, dollar, space. */
function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\u00A0]/g, ' ')
    .replace(/[\u2212\u2012\u2013\u2014\uFF0D]/g, '-');
}

/**
 * Reads an amount as people type it: `100000`, `100,000`, `$100,000`, `USD 100,000`, `１００，０００`.
 * Empty text is an unanswered question (`value: undefined`), not an error.
 */
export function parseAmount(text: string): ParsedAmount {
  let s = toHalfWidth(text).trim();
  if (s === '') return { ok: true, value: undefined };
  s = s.replace(/^(usd|us\$)\s*/i, '').replace(/\s*(usd|ドル)$/i, '');
  const negative = /^-\s*\$?|^\$\s*-/.test(s);
  s = s.replace(/^-?\s*\$?\s*-?/, '');
  // Thousands separators must sit between groups of three digits.
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(s)) return { ok: false, problem: 'not-a-number' };
  const value = Number(s.replaceAll(',', ''));
  if (negative && value !== 0) return { ok: false, problem: 'negative' };
  if (!Number.isFinite(value) || value > maxAmountUsd) return { ok: false, problem: 'too-large' };
  return { ok: true, value };
}
