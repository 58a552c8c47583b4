// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sectionElements, sectionMarkdown } from '../../../../src/components/frame/section-markdown.ts';

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
    expect(sectionElements(doc.getElementById('fee')!).map((e) => e.localName)).toEqual([
      'div',
      'p',
      'ul',
      'table',
      'div',
      'ol',
    ]);
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

  it('titles a table by its caption, keeps each cell on one line, and leaves out islands and noscript', () => {
    document.body.innerHTML = `<article><h1>特典</h1>
      ${heading(2, 'fee', '料金の引き下げ')}
      <div class="docs-table-scroll"><table><caption>版ごとの料金</caption>
        <thead><tr><th>版</th><th>対象</th><th>出典</th></tr></thead>
        <tbody><tr><th scope="row">2021 年 3 月版</th><td>SaaS<p class="docs-note">Teams アプリ (ステータス不要)</p></td>
        <td><a href="/ja/sources/#src-S-01">S-01</a><ul class="docs-caveats"><li>CSP パートナーが受け取る</li><li>2021 年 6 月 30 日に終了</li></ul></td></tr></tbody>
      </table></div>
      <noscript><p><a href="/ja/statuses/">JavaScript が必要です</a></p></noscript>
      <astro-island><form><label>プランの種類<select><option>未回答</option><option>SaaS</option></select></label></form><p>ステータス: 未完了</p></astro-island>
      <p>計算機を使ってください。</p></article>`;
    const md = sectionMarkdown(document.getElementById('fee')!, 'https://example.org/ja/benefits/');
    expect(md).toBe(
      [
        '## 料金の引き下げ',
        '',
        '<https://example.org/ja/benefits/#fee>',
        '',
        '**版ごとの料金**',
        '',
        '| 版 | 対象 | 出典 |',
        '| --- | --- | --- |',
        '| 2021 年 3 月版 | SaaS<br>Teams アプリ (ステータス不要) | [S-01](https://example.org/ja/sources/#src-S-01)<br>- CSP パートナーが受け取る<br>- 2021 年 6 月 30 日に終了 |',
        '',
        '計算機を使ってください。',
        '',
      ].join('\n'),
    );
  });
});
