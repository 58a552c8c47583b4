/** Puts values into the bilingual sentences of the edition data; templates are split once, then reused. */
import type { Localized } from './edition-schema.ts';

/** `slots`: the names of the values the template mentions, ja and en together, each once. */
type Compiled = { ja: string[]; en: string[]; slots: string[] };
const compiled = new WeakMap<Localized, Compiled>();

const names = (pieces: string[]) => pieces.filter((_, i) => i % 2 === 1);

/** "a {x} b" → ["a ", "x", " b"]: even indexes are text, odd ones are names of values. */
function compile(template: Localized): Compiled {
  let c = compiled.get(template);
  if (!c) {
    const ja = template.ja.split(/\{(\w+)\}/);
    const en = template.en.split(/\{(\w+)\}/);
    c = { ja, en, slots: [...new Set([...names(ja), ...names(en)])] };
    compiled.set(template, c);
  }
  return c;
}

/** Which values `fill` will read for this template, so that only those need working out. */
export function slotsOf(template: Localized): readonly string[] {
  return compile(template).slots;
}

export type Vars = Record<string, Localized | string>;

function render(pieces: string[], lang: 'ja' | 'en', vars: Vars): string {
  let out = pieces[0];
  for (let i = 1; i < pieces.length; i += 2) {
    const value = vars[pieces[i]];
    out += (typeof value === 'string' ? value : value[lang]) + pieces[i + 1];
  }
  return out;
}

export function fill(template: Localized, vars: Vars): Localized {
  const c = compile(template);
  return c.ja.length === 1 && c.en.length === 1 ? template : { ja: render(c.ja, 'ja', vars), en: render(c.en, 'en', vars) };
}

export function joinLocalized(items: readonly Localized[], separator: Localized): Localized {
  let { ja, en } = items[0];
  for (let i = 1; i < items.length; i++) {
    ja += separator.ja + items[i].ja;
    en += separator.en + items[i].en;
  }
  return items.length === 1 ? items[0] : { ja, en };
}

/** Japanese sentences follow each other directly; English ones take a space. */
export const sentenceBreak: Localized = { ja: '', en: ' ' };

/** 1234567.5 → "1,234,567.50"; whole amounts keep no decimals. */
function grouped(amount: number): string {
  const centsTotal = Math.round(amount * 100);
  let whole = String(Math.floor(centsTotal / 100));
  let out = '';
  while (whole.length > 3) {
    out = `,${whole.slice(-3)}${out}`;
    whole = whole.slice(0, -3);
  }
  const cents = centsTotal % 100;
  return whole + out + (cents ? `.${String(cents).padStart(2, '0')}` : '');
}

export function money(amount: number): Localized {
  const g = grouped(amount);
  return { ja: `${g} 米国ドル`, en: `USD ${g}` };
}

/** 0.2 → "20%". */
export function percent(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}
