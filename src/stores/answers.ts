import { persistentAtom } from '@nanostores/persistent';
import { isEditionId, validateAnswers, type Answers } from '../rules/browser.ts';
import { addNotice } from './notices.ts';

let storageWasDamaged = false;

/** Stored answers are re-validated on every load: an old or hand-edited value must not reach the engine. */
function decodeAnswers(text: string): Answers {
  try {
    const result = validateAnswers(JSON.parse(text));
    if (result.ok) return result.answers;
  } catch {
    // Not JSON at all: handled below like any other damaged value.
  }
  storageWasDamaged = true;
  return {};
}

/** The answers every island shares, kept in this browser only. */
export const answersStore = persistentAtom<Answers>('cosell-guide:answers', {}, {
  encode: JSON.stringify,
  decode: decodeAnswers,
});

/** The edition the reader pinned, or '' for none: then the date's edition applies, else the newest. */
export const editionStore = persistentAtom<string>('cosell-guide:edition', '', {
  encode: (id) => id,
  decode: (id) => {
    if (id === '' || isEditionId(id)) return id;
    storageWasDamaged = true;
    return '';
  },
});

if (storageWasDamaged) {
  addNotice('storage-reset');
  answersStore.set({});
}

/** Sets one answer; `undefined` makes the question unanswered again. */
export function setAnswer<K extends keyof Answers>(field: K, value: Answers[K] | undefined): void {
  const next: Answers = { ...answersStore.get() };
  if (value === undefined) delete next[field];
  else next[field] = value;
  answersStore.set(next);
}
