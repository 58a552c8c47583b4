/** Puts values into the bilingual sentences of the edition data; templates are split once, then reused. */
import type { Localized } from '../../build/edition-schema.ts';

/**
 * A template split once: "a {x} b {y}" → text ["a ", " b ", ""] and, between them, slot numbers [0, 1] into
 * `slots`, the names of the values it mentions (ja and en together, each once).
 */
type Pieces = {
  text: string[];
  at: number[];
  /** Per text piece: it ends with a space after a Japanese character, or starts with one before a Japanese character. */
  spaceBefore: boolean[];
  spaceAfter: boolean[];
};
type Compiled = { ja: Pieces; en: Pieces; slots: string[] };
const compiled = new WeakMap<Localized, Compiled>();

function compile(template: Localized): Compiled {
  let c = compiled.get(template);
  if (!c) {
    const slots: string[] = [];
    const split = (sentence: string): Pieces => {
      const parts = sentence.split(/\{(\w+)\}/);
      const at: number[] = [];
      for (let i = 1; i < parts.length; i += 2) {
        if (!slots.includes(parts[i])) slots.push(parts[i]);
        at.push(slots.indexOf(parts[i]));
      }
      const text = parts.filter((_, i) => i % 2 === 0);
      return {
        text,
        at,
        spaceBefore: text.map((t) => t.endsWith(' ') && isJapanese(t.charCodeAt(t.length - 2))),
        spaceAfter: text.map((t) => t.startsWith(' ') && isJapanese(t.charCodeAt(1))),
      };
    };
    c = { ja: split(template.ja), en: split(template.en), slots };
    compiled.set(template, c);
  }
  return c;
}

export type Vars = Record<string, Localized | string>;

/** Kana, kanji and Japanese punctuation: characters Japanese sets without a space between them. */
const isJapanese = (code: number) =>
  (code >= 0x3000 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xff01 && code <= 0xff60);

function render(
  { text, at, spaceBefore, spaceAfter }: Pieces,
  lang: 'ja' | 'en',
  values: (Localized | string)[],
): string {
  // Japanese templates space each value off (「{offerType} は」) for a Latin value (SaaS は); beside a Japanese one
  // the space goes (コンサルティング サービスは, 100,000 米国ドル以上). compile() marked such spaces; English has none.
  let out = '';
  let piece = text[0];
  for (let i = 0; i < at.length; i++) {
    const v = values[at[i]];
    const value = typeof v === 'string' ? v : v[lang];
    if (spaceBefore[i] && isJapanese(value.charCodeAt(0))) piece = piece.slice(0, -1);
    out += piece + value;
    piece = text[i + 1];
    if (spaceAfter[i + 1] && isJapanese(value.charCodeAt(value.length - 1))) piece = piece.slice(1);
  }
  return out + piece;
}

/** Fills a template, asking `valueOf` only for the values it mentions, each once for both languages. */
export function fillBy(template: Localized, valueOf: (name: string) => Localized | string): Localized {
  const c = compile(template);
  if (!c.slots.length) return template;
  const values: (Localized | string)[] = [];
  for (const name of c.slots) values.push(valueOf(name));
  return { ja: render(c.ja, 'ja', values), en: render(c.en, 'en', values) };
}

/** Fills both languages of a template (format.ts's `fill` fills one dictionary string). */
export function fillLocalized(template: Localized, vars: Vars): Localized {
  return fillBy(template, (name) => vars[name]);
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
