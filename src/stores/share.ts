import { editionForLink, isEditionId, type Answers } from '../rules/browser.ts';
import { decodeAnswers, encodeAnswers } from '../rules/core/codec.ts';
import { answersStore, editionStore } from './answers.ts';
import { addNotice, loadRecovery, type Notice } from './notices.ts';

export type ParsedFragment =
  | { kind: 'none' }
  | { kind: 'answers'; answers: Answers; edition: string; notice?: Notice }
  | { kind: 'broken'; notice: Notice };

/**
 * The fragment of a share link: `#<encodeAnswers(...)>&edition=<id>`. Copied links always name their edition, so
 * they keep their meaning; the address bar names only a pinned one ('' = the date's edition, else the newest).
 */
export function shareFragment(answers: Answers, edition: string): string {
  return `#${encodeAnswers(answers)}${edition && `&edition=${edition}`}`;
}

/**
 * Reads a location hash. `isAnchor` tells a link to a heading on the page (the skip link, a
 * table of contents) from a share link, so following one never reads as a broken link.
 */
export function parseFragment(hash: string, isAnchor: (id: string) => boolean): ParsedFragment {
  const text = hash.replace(/^#/, '');
  if (text === '' || isAnchor(text)) return { kind: 'none' };
  const [encoded = '', ...params] = text.split('&');
  const decoded = decodeAnswers(encoded);
  if (!decoded.ok) {
    const outdated = decoded.errors.some((e) => 'code' in e && e.code === 'unsupported_version');
    return { kind: 'broken', notice: outdated ? 'link-outdated' : 'link-broken' };
  }
  // Only `edition=<known id>`, once, is ours; any other part (`EDITION=`, a bare `edition`, `edition%3D…`, a second
  // edition, text pasted after the link) cannot be read: it is ignored, and said so, never silently.
  const editions = params.filter((p) => p.startsWith('edition=')).map((p) => p.slice('edition='.length));
  const named = editions.length === 1 && isEditionId(editions[0]);
  // Without a readable &edition: a v1 link opens the seed edition (its meaning when sent), a v2 link the one in force on its date.
  // (A v2 link's is what an unpinned calculator picks by itself: no pin, so a changed date still chooses.)
  const edition = named ? editions[0] : decoded.version === 1 ? editionForLink(1, decoded.answers) : '';
  const unreadable = params.length > (named ? 1 : 0);
  return { kind: 'answers', answers: decoded.answers, edition, ...(unreadable && { notice: 'link-edition' as const }) };
}

/** The address as this module last read or wrote it: any other was changed by the reader (a pasted link). */
let addressed = '';

function applyLocationHash(): void {
  addressed = location.hash;
  const parsed = parseFragment(location.hash, (id) => {
    try {
      return document.getElementById(decodeURIComponent(id)) !== null;
    } catch {
      return false;
    }
  });
  if (parsed.kind === 'broken') addNotice(parsed.notice);
  if (parsed.kind !== 'answers') return;
  if (parsed.notice) addNotice(parsed.notice);
  const { answers, edition } = parsed;
  // Loaded only when a link is opened: holding the reader's own answers is no cost to a page without one.
  void loadRecovery().then(({ showLinkAnswers }) => {
    showLinkAnswers(answers);
    editionStore.set(edition);
  });
}

function writeLocationHash(): void {
  // A link pasted a moment ago, its hashchange still on its way: it is read before anything is written over it.
  if (location.hash !== addressed) return;
  const answers = answersStore.get();
  const edition = editionStore.get();
  const empty = Object.keys(answers).length === 0 && edition === '';
  const fragment = empty ? '' : shareFragment(answers, edition);
  // replaceState: typing must not fill the back button's history, and never a query string.
  if (location.hash !== fragment) history.replaceState(history.state, '', `${location.pathname}${fragment}`);
  addressed = location.hash;
}

/** Keeps the calculator page's URL fragment and the shared answers in step. Returns a stop function. */
export function syncWithLocation(): () => void {
  applyLocationHash();
  window.addEventListener('hashchange', applyLocationHash);
  // The address follows once the page is idle, not inside the key press nor between the tasks that draw an
  // answer's questions and result: replaceState lays out what is not laid out yet (Chromium saves the scroll
  // position with the entry), which doubled the work of the task it ran in. Without requestIdleCallback
  // (Safari), it follows the frame that draws the answer.
  let pending: (() => void) | undefined;
  const later = () => {
    if (pending) return;
    const write = () => {
      pending = undefined;
      writeLocationHash();
    };
    if ('requestIdleCallback' in window) {
      const id = requestIdleCallback(write, { timeout: 1000 });
      pending = () => cancelIdleCallback(id);
    } else {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const frame = requestAnimationFrame(() => (timer = setTimeout(write)));
      pending = () => (cancelAnimationFrame(frame), clearTimeout(timer));
    }
  };
  if (location.hash === '') later();
  const stopAnswers = answersStore.listen(later);
  const stopEdition = editionStore.listen(later);
  return () => {
    window.removeEventListener('hashchange', applyLocationHash);
    pending?.();
    stopAnswers();
    stopEdition();
  };
}
