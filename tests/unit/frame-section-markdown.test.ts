// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sectionElements, sectionMarkdown } from '../../src/components/frame/section-markdown.ts';

// The markup the frame renders for a guide page: headings wrapped with their actions.
const heading = (level: number, id: string, text: string) =>
  `<div class="heading"><h${level} id="${id}">${text}</h${level}><span class="heading-actions" data-pagefind-ignore><a class="heading-link" href="#${id}">#</a><button>Copy as Markdown</button></span></div>`;

function page(): Document {
  document.body.innerHTML = `<article><h1>Benefits</h1>
    ${heading(2, 'fee', 'Fee <em>reduction</em>')}
    <p>The fee drops from <strong>20%</strong> to 18% (see <a href="/en/sources/#src-S-02">S-02</a>).</p>
    <ul><li>SaaS<ul><li>monthly</li></ul></li><li>VM</li></ul>
    <table><thead><tr><th>Offer</th><th>Fee</th></tr></thead><tbody><tr><td>SaaS | VM</td><td>18%</td></tr></tbody></table>
    ${heading(3, 'fee-example', 'Example')}
    <ol><li>one</li><li>two</li></ol>
    ${heading(2, 'badge', 'Badge')}
    <p>Other section.</p>
    <p class="source-date">Source date: 2021-03-17</p></article>`;
  return document;
}

describe('copy this section as Markdown', () => {
  it('takes the section up to the next h2', () => {
    const doc = page();
    expect(sectionElements(doc.getElementById('fee')!).map((e) => e.localName)).toEqual(['div', 'p', 'ul', 'table', 'div', 'ol']);
    expect(sectionElements(doc.getElementById('badge')!).map((e) => e.localName)).toEqual(['div', 'p']);
  });

  it('writes headings, inline marks, absolute links, nested lists and tables, without the buttons', () => {
    const doc = page();
    const md = sectionMarkdown(doc.getElementById('fee')!, 'https://example.org/en/benefits/');
    expect(md).toBe(
      [
        '## Fee *reduction*',
        '',
        '<https://example.org/en/benefits/#fee>',
        '',
        'The fee drops from **20%** to 18% (see [S-02](https://example.org/en/sources/#src-S-02)).',
        '',
        '- SaaS\n  - monthly\n- VM',
        '',
        '| Offer | Fee |\n| --- | --- |\n| SaaS \\| VM | 18% |',
        '',
        '### Example',
        '',
        '1. one\n2. two',
        '',
      ].join('\n'),
    );
  });
});
