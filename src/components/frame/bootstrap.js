// Inline in every page's <head> (hashed into the CSP): runs before first paint so the stored theme never
// flashes, then hands clicks and Ctrl/Cmd+K to the on-demand module whose URL the layout puts on <html>.
(() => {
  const d = document;
  const r = d.documentElement;
  let theme = null;
  try {
    theme = localStorage.getItem('theme');
  } catch {}
  if (theme === 'light' || theme === 'dark') r.dataset.theme = theme;
  r.classList.add('js');
  const act = (name, el) =>
    r.dataset.frameJs &&
    import(r.dataset.frameJs).then(() => d.dispatchEvent(new CustomEvent('frame:act', { detail: { name, el } })));
  d.addEventListener('click', (e) => {
    const el = e.target.closest && e.target.closest('[data-act]');
    if (!el) return;
    // The language switch keeps the section: same ids in both locales.
    if (el.dataset.act === 'lang') el.hash = location.hash;
    else act(el.dataset.act, el);
  });
  d.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
      e.preventDefault();
      act('search', null);
    }
  });
  d.addEventListener('change', (e) => {
    if (e.target.id !== 'theme') return;
    const v = e.target.value;
    if (v === 'system') delete r.dataset.theme;
    else r.dataset.theme = v;
    try {
      if (v === 'system') localStorage.removeItem('theme');
      else localStorage.setItem('theme', v);
    } catch {}
  });
  d.addEventListener('DOMContentLoaded', () => {
    const select = d.getElementById('theme');
    if (select) select.value = r.dataset.theme || 'system';
  });
})();
