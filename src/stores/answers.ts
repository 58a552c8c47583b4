import { persistentAtom } from '@nanostores/persistent';
import { isEditionId, validateAnswers, type Answers } from '../rules/browser.ts';
import { dismissNotice, loadRecovery } from './notices.ts';

/**
 * Far above any real answer set (under 1,000 characters as JSON); a longer stored value is not ours, and parsing
 * and checking megabytes froze every island page for seconds. It is dropped unread.
 */
export const maxStoredLength = 20_000;

/**
 * The stored edition choice: an edition id, or empty (no choice pinned). Anything else (a retired or renamed id,
 * a hand-edited value) is `undefined`: the choice is forgotten, the answers stay.
 */
export function readStoredEdition(text: string): string | undefined {
  return text === '' || isEditionId(text) ? text : undefined;
}

export const isEmpty = (answers: Answers) => Object.keys(answers).length === 0;

export const storageKeys = {
  answers: 'cosell-guide:answers',
  edition: 'cosell-guide:edition',
  /** The reader's own answers while a share link's are shown (recovery.ts). */
  held: 'cosell-guide:answers-before-link',
} as const;

/**
 * Keys whose stored value could not be used as it is. Each key is read on its own, so damage in one never costs
 * the others; recovery.ts then keeps what it can of the value, writes it back and says so once.
 */
const unreadable = new Set<string>();

/** The answers every island shares, kept in this browser only. */
export const answersStore = persistentAtom<Answers>(
  storageKeys.answers,
  {},
  {
    encode: JSON.stringify,
    decode: (text) => {
      try {
        const result = text.length <= maxStoredLength && validateAnswers(JSON.parse(text));
        if (result && result.ok) return result.answers;
      } catch {
        // Not JSON: recovered like any other unreadable value.
      }
      unreadable.add(storageKeys.answers);
      return {};
    },
  },
);

/** What the edition store holds when nothing (readable) is stored. */
/** Empty: no edition pinned, so the calculator follows the qualifying date, or the newest edition. */
export const editionInitial: string = '';

export const editionStore = persistentAtom<string>(storageKeys.edition, editionInitial, {
  encode: (id) => id,
  decode: (text) => {
    const id = readStoredEdition(text);
    if (id !== undefined) return id;
    unreadable.add(storageKeys.edition);
    return editionInitial;
  },
});

/** Whether this browser holds the reader's answers from before a share link; read without parsing. */
function holdsAnswers(): boolean {
  try {
    return localStorage.getItem(storageKeys.held) !== null;
  } catch {
    return false; // no storage (a test, a locked-down browser): nothing held
  }
}

// The code that repairs storage and gives held answers back loads only when there is something to do.
if (unreadable.size || holdsAnswers()) void loadRecovery().then((recovery) => recovery.recoverStorage([...unreadable]));

/** Sets one answer; `undefined` makes the question unanswered again. */
export function setAnswer<K extends keyof Answers>(field: K, value: Answers[K] | undefined): void {
  const next: Answers = { ...answersStore.get() };
  if (value === undefined) delete next[field];
  else next[field] = value;
  answersStore.set(next);
  // New answers after "Clear all answers": undoing would now cost these.
  dismissNotice('answers-cleared');
}
