/**
 * Browser: Chromium builds a page's first date field in a long task (its date formats: 20 ms, and as much again to
 * lay it out, on a phone four times slower than this machine), and the calculator's date question comes with the
 * first offer type chosen. One made, laid out and dropped while the page is idle makes that question as cheap as
 * any other; a page's other forms (two checks on one guide page) find it done. Returns a function that cancels it.
 */
let warmed = false;

export function warmDateInput(): () => void {
  const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
  const cancel = window.cancelIdleCallback ?? clearTimeout;
  const id = idle(() => {
    if (warmed || document.querySelector('input[type="date"]')) return;
    warmed = true;
    const input = document.createElement('input');
    input.type = 'date';
    input.tabIndex = -1;
    input.style.position = 'fixed';
    input.style.visibility = 'hidden';
    document.body.append(input);
    void input.offsetHeight;
    input.remove();
  });
  return () => cancel(id);
}
