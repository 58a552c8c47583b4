// The search dialog: Pagefind's JS API over the index of the page's language, loaded the first time it opens.
import { plural } from '../../lib/format.ts';
import { basePath, sitePath } from '../../lib/site.ts';
import { onDemandText } from './on-demand-text.ts';

interface PagefindSubResult {
  title: string;
  url: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}
interface Pagefind {
  options(options: {
    language?: string;
    baseUrl?: string;
    ranking?: { metaWeights?: Record<string, number> };
  }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: object,
    ms?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const pagefindUrl = sitePath('/pagefind/pagefind.js');
const maxResults = 8;
const maxSubResults = 3;
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(language: string): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ pagefindUrl).then(async (pf: Pagefind) => {
    // The glossary words a page explains but does not print (Doc.astro) count like its title does; Pagefind indexed
    // dist/ from its root, so result addresses get the base path in front.
    await pf.options({ language, baseUrl: basePath, ranking: { metaWeights: { keywords: 5 } } });
    await pf.init();
    return pf;
  });
  return pagefind;
}

function link(href: string, label: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = label;
  return a;
}

/**
 * The excerpt without what reads as noise out of its table: commit hashes and repository paths or file names
 * (the sources table). Pagefind escapes the page text and marks the matches with <mark>, kept as they are.
 */
export function cleanExcerpt(excerpt: string): string {
  return excerpt
    .replace(
      /(?<![\w/.-])(?:[\w.-]+\/)+[\w.-]*|(?<![\w/.-])[\w.-]+\.(?:mdx?|json|ya?ml|html?)\b|\b(?=[a-f]*\d)(?=\d*[a-f])[0-9a-f]{7,40}\b/g,
      '',
    )
    .replace(/\s{2,}/g, ' ')
    .trim();
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.append(link(data.url, data.meta.title ?? data.url));
  const excerpt = document.createElement('p');
  excerpt.innerHTML = cleanExcerpt(data.excerpt);
  li.append(excerpt);
  const sections = (data.sub_results ?? []).filter((s) => s.url !== data.url).slice(0, maxSubResults);
  if (sections.length) {
    const ul = document.createElement('ul');
    ul.replaceChildren(
      ...sections.map((s) => {
        const item = document.createElement('li');
        item.append(link(s.url, s.title));
        return item;
      }),
    );
    li.append(ul);
  }
  return li;
}

async function runSearch(dialog: HTMLDialogElement, query: string): Promise<void> {
  const status = dialog.querySelector<HTMLElement>('.search-status')!;
  const list = dialog.querySelector<HTMLOListElement>('.search-results')!;
  if (!query.trim()) {
    list.replaceChildren();
    status.textContent = '';
    dialog.dataset.shown = '';
    return;
  }
  if (dialog.dataset.dev) {
    // `npm run dev` serves no index: Pagefind writes it after `astro build`.
    dialog.dataset.shown = query;
    status.textContent = dialog.dataset.dev;
    return;
  }
  try {
    const pf = await loadPagefind(dialog.dataset.lang!);
    // NFKC folds half-width katakana and full-width Latin (ﾊﾞｯｼﾞ, ＭＡＣＣ) into the forms the index holds.
    const found = await pf.debouncedSearch(query.normalize('NFKC'), {}, 150);
    if (!found) return; // a newer query superseded this one
    const data = await Promise.all(found.results.slice(0, maxResults).map((r) => r.data()));
    list.replaceChildren(...data.map(resultItem));
    list.firstElementChild?.classList.add('active');
    dialog.dataset.shown = query;
    // Enter pressed before these results arrived opens the first of them now.
    if (dialog.dataset.pending === query) {
      delete dialog.dataset.pending;
      list.querySelector('a')?.click();
    }
    status.textContent = data.length
      ? plural(found.results.length, dialog.dataset.lang!, {
          one: dialog.dataset.countOne!,
          other: dialog.dataset.count!,
        })
      : dialog.dataset.none!;
  } catch (error) {
    console.warn('search:', error);
    list.replaceChildren();
    dialog.dataset.shown = query;
    status.textContent = dialog.dataset.error!;
  }
}

/** Arrow keys move through the results' links (pages and their sections), up from the first back to the field. */
function moveThrough(dialog: HTMLDialogElement, input: HTMLInputElement, e: KeyboardEvent): void {
  const links = [...dialog.querySelectorAll<HTMLAnchorElement>('.search-results a')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = e.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
  if (!links.length || (at === -1 && e.key === 'ArrowUp')) return;
  e.preventDefault();
  const target = next < 0 ? input : links[next]!;
  target.focus();
  for (const li of dialog.querySelectorAll('.search-results > li')) li.classList.toggle('active', li.contains(target));
}

function wire(dialog: HTMLDialogElement, input: HTMLInputElement): void {
  input.addEventListener('input', () => void runSearch(dialog, input.value));
  dialog.addEventListener('keydown', (e) => {
    // A search field would spend the first Escape on clearing itself; Escape closes the dialog at once.
    if (e.key === 'Escape') dialog.close();
    else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') moveThrough(dialog, input, e);
    // Typing on a result goes on typing in the field.
    else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && document.activeElement !== input) input.focus();
  });
  dialog.querySelector('form')!.addEventListener('submit', (e) => {
    e.preventDefault();
    // Results for an older query, or none yet: open the first result once this query's arrive.
    if (dialog.dataset.shown !== input.value) dialog.dataset.pending = input.value;
    else dialog.querySelector<HTMLAnchorElement>('.search-results > .active a, .search-results a')?.click();
  });
  dialog.addEventListener('click', (e) => {
    const target = e.target as Element;
    // A result may be a section of this very page: close so it is not hidden behind the dialog.
    if (target === dialog || target.closest('[data-close], a')) dialog.close();
  });
}

/**
 * The dialog, built on first use (the markup of a dialog nobody opens weighed on every page's budget); its strings
 * come with this module.
 */
function searchDialog(): HTMLDialogElement | null {
  const existing = document.querySelector<HTMLDialogElement>('dialog#search');
  if (existing) return existing;
  const button = document.querySelector<HTMLElement>('.search-button');
  if (!button) return null;
  const text = onDemandText();
  const dialog = document.createElement('dialog');
  dialog.id = 'search';
  dialog.className = 'search';
  dialog.setAttribute('aria-label', text['frame.searchLabel']);
  // Results come from this locale's Pagefind index only. Under `npm run dev` the button says how to get search.
  const { dev } = button.dataset;
  Object.assign(
    dialog.dataset,
    {
      lang: document.documentElement.lang,
      none: text['frame.searchNone'],
      count: text['frame.searchCount'],
      countOne: text['frame.searchCountOne'],
      error: text['frame.searchError'],
    },
    dev ? { dev } : {},
  );
  dialog.innerHTML =
    '<form role="search" class="search-form"><label for="search-input"></label>' +
    '<input id="search-input" type="search" autocomplete="off" spellcheck="false">' +
    '<button type="button" data-close></button></form>' +
    '<p class="search-status" role="status"></p><ol class="search-results"></ol>';
  dialog.querySelector('label')!.textContent = text['frame.searchLabel'];
  dialog.querySelector('[data-close]')!.textContent = text['frame.searchClose'];
  document.body.append(dialog);
  return dialog;
}

/** Opens the search dialog (building and wiring it on first use) with the cursor in the query field. */
export function openSearch(): void {
  const dialog = searchDialog();
  if (!dialog) return;
  const input = dialog.querySelector<HTMLInputElement>('#search-input')!;
  if (!dialog.dataset.wired) {
    wire(dialog, input);
    dialog.dataset.wired = '';
  }
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.select();
}
